/** Human words for the codes the schemas use. */
import type { Timing } from '../timeline/timing';

const LABELS: Record<string, string> = {
  visit: 'Visit',
  agreement: 'Agreement',
  event: 'Event',
  happened: 'Happened',
  planned: 'Planned',
  state: 'State visit',
  official: 'Official visit',
  working: 'Working visit',
  'head-of-government': 'Head-of-government visit',
  ministerial: 'Ministerial visit',
  delegation: 'Delegation',
  unspecified: 'Visit (level not stated)',
  treaty: 'Treaty',
  memorandum: 'Memorandum',
  roadmap: 'Roadmap',
  contract: 'Contract',
  declaration: 'Declaration',
  programme: 'Programme',
  protocol: 'Protocol',
  meeting: 'Meeting',
  summit: 'Summit',
  statement: 'Statement',
  milestone: 'Milestone',
  incident: 'Incident',
  exercise: 'Exercise',
  transaction: 'Transaction',
  construction: 'Construction',
  negotiation: 'Negotiation',
  other: 'Other',
  signed: 'Signed',
  agreed: 'Agreed',
  expected: 'Expected',
  actual: 'Actual',
  target: 'Target',
  estimate: 'Estimate',
  forecast: 'Forecast',
  about: 'about',
  nearly: 'nearly',
  over: 'over',
  'up-to': 'up to',
  'at-least': 'at least',
};

export const label = (code: string): string => LABELS[code] ?? code.charAt(0).toUpperCase() + code.slice(1);

/** Where an entry stands on the as-of day, as its badge says it: Happened, Planned, Past due. */
export const timingLabel = (timing: Timing): string =>
  timing === 'happened' ? 'Happened' : timing === 'ahead' ? 'Planned' : 'Past due';

/** Plural heading for a kind: "Visits", "Agreements", "Events". */
export const kindPlural = (kind: string): string => `${label(kind)}s`;

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
/** A number with thousands separators and at most two decimals: 150,000; 1.5. */
export const formatNumber = (value: number): string => numberFormat.format(value);

/** A figure's number as a reader says it: "about 90 %", "$470 million" stays "470 million USD". */
export function formatFigure(value: number, unit: string, qualifier?: string): string {
  const n = formatNumber(value);
  const q = qualifier ? `${label(qualifier)} ` : '';
  return unit === '%' ? `${q}${n}%` : `${q}${n} ${unit}`;
}
