/**
 * Impossible dates, judged on the text as written. YAML 1.1 would read an unquoted
 * `2025-02-31` as a timestamp and JavaScript's Date would move it to 3 March; the
 * check reads YAML without timestamps, so it sees what the contributor typed.
 */
const monthName = (y: number, m: number) =>
  new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** What is impossible about one point (`2025-02-31`, `2025-13`, `2026-Q5`), or undefined. */
function impossiblePoint(text: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-Q(\d+)$/.exec(text)) && !/^[1-4]$/.test(m[2]!))
    return `${text} is not a real quarter — a year has quarters Q1 to Q4`;
  if ((m = /^(\d{4})-H(\d+)$/.exec(text)) && !/^[12]$/.test(m[2]!))
    return `${text} is not a real half year — a year has halves H1 and H2`;
  if ((m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text))) {
    const [y, mo] = [+m[1]!, +m[2]!];
    if (mo < 1 || mo > 12)
      return `${text} is not a real ${m[3] ? 'day' : 'month'} — there is no month ${m[2]}: months run from 01 to 12`;
    const d = m[3] === undefined ? undefined : +m[3];
    if (d !== undefined && (d < 1 || d > daysIn(y, mo)))
      return `${text} is not a real day — ${monthName(y, mo)} ${y} has ${daysIn(y, mo)} days`;
  }
  return undefined;
}

/** What is impossible about a date or range as written, or undefined (other mistakes are the schema's). */
export function impossibleDate(text: string): string | undefined {
  const parts = text.split('/').map((p) => p.trim());
  if (parts.length !== 2) return parts.length === 1 ? impossiblePoint(parts[0]!) : undefined;
  const [from, to] = parts.map(impossiblePoint);
  if (from) return `the range starts on a day that does not exist: ${from}`;
  if (to) return `the range ends on a day that does not exist: ${to}`;
  return undefined;
}
