import { sentenceAround } from '../extract/source-text.ts';

/**
 * The sentence a field came from, with the words it came from marked: what the curator checks the
 * proposal against. The text keeps its own direction (dir="auto").
 */
const MAX_CONTEXT = 600;

export function EvidenceQuote({ text, start, end }: { text: string; start: number; end: number }) {
  if (start < 0 || end <= start || end > text.length) return null;
  const around = sentenceAround(text, start, end);
  const from = Math.max(around.start, start - MAX_CONTEXT / 2);
  const to = Math.min(around.end, end + MAX_CONTEXT / 2);
  return (
    <blockquote class="evidence" dir="auto">
      {from > 0 ? '…' : ''}
      {text.slice(from, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length ? '…' : ''}
    </blockquote>
  );
}
