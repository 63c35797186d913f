import type { Child } from 'hono/jsx';

/** A titled group of fields in the commitments forms (the fields are the shared ones in ui/components). */
export function Group({ legend, children }: { legend: string; children: Child }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
