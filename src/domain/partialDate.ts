/**
 * Dates as people write them in fact files: a year, a month, a day or a timestamp with its UTC
 * offset. Each keeps its precision — "2025-02" says February, not the first of February — and is
 * stored as the instant its period starts (a Neo4j DATETIME, UTC) beside the precision, so one
 * index orders dates of every precision and `asOf`-style comparisons need no parsing.
 */
export const DATE_PRECISIONS = ['year', 'month', 'day', 'instant'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  /** As written in the file. */
  text: string;
  precision: DatePrecision;
  /** ISO date-time (UTC) of the period's first instant. */
  start: string;
  /** ISO date-time (UTC) of the first instant after the period (its exclusive end). */
  end: string;
}

export const DATE_FORMS =
  'accepted: a year "2025", a month "2025-01", a day "2025-01-29", a date-time with its UTC offset ' +
  '"2025-01-29T14:30:00+01:00" or "2025-01-29T13:30:00Z"';

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const iso = (ms: number) => new Date(ms).toISOString();

/** The date, or undefined when `text` is none of the accepted forms (or no real day, e.g. 2025-02-30). */
export function parsePartialDate(text: string): PartialDate | undefined {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) {
    const y = Number(m[1]);
    return { text, precision: 'year', start: iso(Date.UTC(y, 0, 1)), end: iso(Date.UTC(y + 1, 0, 1)) };
  }
  if ((m = MONTH.exec(text))) {
    const [y, mo] = [Number(m[1]), Number(m[2]) - 1];
    return { text, precision: 'month', start: iso(Date.UTC(y, mo, 1)), end: iso(Date.UTC(y, mo + 1, 1)) };
  }
  if ((m = DAY.exec(text))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    const start = Date.UTC(y, mo, d);
    if (new Date(start).getUTCDate() !== d) return undefined;
    return { text, precision: 'day', start: iso(start), end: iso(Date.UTC(y, mo, d + 1)) };
  }
  if (INSTANT.test(text)) {
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) return undefined;
    return { text, precision: 'instant', start: iso(ms), end: iso(ms) };
  }
  return undefined;
}

/** A span `{from, to}` is well ordered when `to` does not start before `from` does. */
export const spanInOrder = (from: PartialDate, to: PartialDate) => to.start >= from.start;
