import type { Child } from 'hono/jsx';

/** One fact of a `FactList`: its label and its value; `null` or `false` leaves it out. */
export type TFact = { label: Child; value: Child } | null | false;

/**
 * A record's facts as a description list (`<dl class="facts">`), each label and value in its own
 * `<div>`; facts that do not apply (`null`, `false`) are left out.
 */
export function FactList({ facts }: { facts: readonly TFact[] }) {
  return (
    <dl class="facts">
      {facts.map((fact) =>
        fact ? (
          <div>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
