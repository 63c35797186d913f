/**
 * The `limit` best entries of a map of summed weights, best first (higher weight, then smaller id),
 * without sorting all of them: a bounded min-heap whose root is the worst kept. `isWanted` is asked only
 * for entries that would enter the heap, so the costly check runs for few of a popular concept's
 * thousands of listings (ADR 0044: suggestions p95).
 */
export function topCandidates(
  sums: ReadonlyMap<string, number>,
  limit: number,
  isWanted: (id: string) => boolean,
): string[] {
  if (limit <= 0) return [];
  const ids: string[] = [];
  const weights: number[] = [];
  // a is worse than b: lower weight, or the same weight and a larger id.
  const isWorse = (i: number, j: number) =>
    (weights[i] as number) < (weights[j] as number) ||
    ((weights[i] as number) === (weights[j] as number) && (ids[i] as string) > (ids[j] as string));
  const swap = (i: number, j: number) => {
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
    [weights[i], weights[j]] = [weights[j] as number, weights[i] as number];
  };
  const siftUp = (start: number) => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!isWorse(i, parent)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const siftDown = () => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < ids.length && isWorse(left, worst)) worst = left;
      if (right < ids.length && isWorse(right, worst)) worst = right;
      if (worst === i) return;
      swap(i, worst);
      i = worst;
    }
  };
  for (const [id, weight] of sums) {
    if (ids.length === limit) {
      const rootWeight = weights[0] as number;
      if (weight < rootWeight || (weight === rootWeight && id > (ids[0] as string))) continue;
      if (!isWanted(id)) continue;
      ids[0] = id;
      weights[0] = weight;
      siftDown();
    } else {
      if (!isWanted(id)) continue;
      ids.push(id);
      weights.push(weight);
      siftUp(ids.length - 1);
    }
  }
  const order = ids.map((id, i) => ({ id, weight: weights[i] as number }));
  order.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return order.map((e) => e.id);
}
