import type { Child } from 'hono/jsx';

/** A titled group of fields in the practice form (the fields are the shared ones in ui/components). */
export function Fieldset({ legend, children }: { legend: string; children: Child }) {
  return (
    <fieldset class="group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
