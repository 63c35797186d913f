/**
 * A word diff of two texts (longest common subsequence over words and the spaces between them), for
 * a reviewer to see what changed. Pieces are plain text: the page escapes them as it renders. Inputs
 * are capped so a very long letter cannot make a page slow; past the cap the rest is compared whole.
 */
export type TWordChange = { kind: 'same' | 'added' | 'removed'; text: string };

const cap = 3000;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

export function diffWords(before: string, after: string): TWordChange[] {
  const a = tokens(before);
  const b = tokens(after);
  const headA = a.slice(0, cap);
  const headB = b.slice(0, cap);
  const table: Uint16Array[] = Array.from(
    { length: headA.length + 1 },
    () => new Uint16Array(headB.length + 1),
  );
  for (let i = headA.length - 1; i >= 0; i -= 1) {
    const row = table[i] as Uint16Array;
    const below = table[i + 1] as Uint16Array;
    for (let j = headB.length - 1; j >= 0; j -= 1) {
      row[j] = headA[i] === headB[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: TWordChange[] = [];
  const push = (kind: TWordChange['kind'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < headA.length && j < headB.length) {
    if (headA[i] === headB[j]) {
      push('same', headA[i] as string);
      i += 1;
      j += 1;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) {
      push('removed', headA[i] as string);
      i += 1;
    } else {
      push('added', headB[j] as string);
      j += 1;
    }
  }
  while (i < headA.length) push('removed', headA[i++] as string);
  while (j < headB.length) push('added', headB[j++] as string);
  const restA = a.slice(cap).join('');
  const restB = b.slice(cap).join('');
  if (restA === restB) {
    if (restA) push('same', restA);
  } else {
    if (restA) push('removed', restA);
    if (restB) push('added', restB);
  }
  return out;
}
