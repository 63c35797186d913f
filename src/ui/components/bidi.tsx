import type { Child } from 'hono/jsx';
import type { TMessageValues } from '../../i18n/translator.ts';
import type { TViewContext } from '../view-context.ts';

/**
 * Text that mixes directions, made safe for right-to-left pages (ADR 0051). A piece of text from
 * elsewhere (a name, a time zone, a file type, something a person typed) is put in `<bdi>`, so its
 * own direction and its punctuation stay inside it: ".Adecco Poland Sp. z o.o" and "(ics.)" no more.
 */

/** Items joined as the reader's language joins lists (Intl.ListFormat), each item isolated. */
export function ListText({
  ctx,
  items,
  type = 'conjunction',
}: {
  ctx: TViewContext;
  /** Plain strings, or elements (links) with the text that stands for them in the list. */
  items: readonly (string | { text: string; node: Child })[];
  type?: 'conjunction' | 'disjunction';
}) {
  const texts = items.map((item) => (typeof item === 'string' ? item : item.text));
  const parts = ctx.i18n.formatListToParts(texts, type);
  let index = 0;
  return (
    <>
      {parts.map((part) => {
        if (part.type !== 'element') return part.value;
        const item = items[index++];
        return <bdi>{item === undefined || typeof item === 'string' ? part.value : item.node}</bdi>;
      })}
    </>
  );
}

/**
 * A translated message whose values are isolated: each value named in `isolate` is rendered in its
 * own `<bdi>` (a zone "Asia/Muscat, UTC+04:00" inside Arabic brackets keeps its closing bracket), and
 * each of `nodes` (a list, a link) is put where its placeholder is.
 */
export function Tx({
  ctx,
  k,
  values = {},
  isolate = [],
  nodes = {},
}: {
  ctx: TViewContext;
  k: string;
  values?: TMessageValues;
  isolate?: readonly string[];
  nodes?: Record<string, Child>;
}) {
  const names = [...isolate, ...Object.keys(nodes)];
  const marked: TMessageValues = { ...values };
  names.forEach((name, i) => {
    marked[name] = `\uE000${i}\uE001`;
  });
  const pieces = ctx.t(k, marked).split(/\uE000(\d+)\uE001/);
  return (
    <>
      {pieces.map((piece, i) => {
        if (i % 2 === 0) return piece;
        const name = names[Number(piece)] as string;
        return name in nodes ? nodes[name] : <bdi>{String(values[name] ?? '')}</bdi>;
      })}
    </>
  );
}

/** Parts of one thing (a venue, a street, a city, a country), each isolated, with the language's comma. */
export function PartsText({
  ctx,
  parts,
}: {
  ctx: TViewContext;
  parts: readonly (string | null | undefined)[];
}) {
  const present = parts.filter((p): p is string => Boolean(p));
  return (
    <>
      {present.map((part, i) => (
        <>
          {i > 0 ? ctx.t('common.partSeparator') : ''}
          <bdi>{part}</bdi>
        </>
      ))}
    </>
  );
}
