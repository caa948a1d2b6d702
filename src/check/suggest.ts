/** "Did you mean …?": known ids close to one that is not known. */

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Up to three known ids that look like the unknown one. */
export function closestIds(unknown: string, known: Iterable<string>): string[] {
  return [...known]
    .map((id) => ({ id, d: id.includes(unknown) || unknown.includes(id) ? 0 : editDistance(unknown, id) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(unknown.length / 4)))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map(({ id }) => id);
}

/** `did you mean "a" or "b"? ` (with the trailing space), or nothing. */
export const didYouMean = (near: readonly string[], show: (id: string) => string = (id) => `"${id}"`): string =>
  near.length ? `did you mean ${near.map(show).join(' or ')}? ` : '';
