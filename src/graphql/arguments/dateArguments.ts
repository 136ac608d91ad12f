/**
 * Date arguments (`asOf`, `from`, `to`, `reportedFrom`, `reportedTo`): the forms fact files take
 * (src/domain/partialDate.ts), each read as the period it names. A bound that starts a range
 * becomes the period's first instant, one that ends it (or `asOf`) the first instant after it:
 * `to: "2025-02"` includes all of February, `asOf: "2025-02-04"` the whole of that day. The
 * queries receive ISO strings and compare with `<` against the end, `>=` against the start.
 */
import { DATE_FORMS, parsePartialDate, type PartialDate } from '../../domain/partialDate.js';
import { badUserInput } from '../errors.js';

function parse(argument: string, value: string): PartialDate {
  const date = parsePartialDate(value.trim());
  if (!date)
    throw badUserInput(`Argument "${argument}" is not a date: ${JSON.stringify(value)} (${DATE_FORMS}).`, {
      argument,
      value,
    });
  return date;
}

/** The first instant of the period, or null when the argument is absent. */
export function startOf(argument: string, value: string | null | undefined): string | null {
  return value == null ? null : parse(argument, value).start;
}

/**
 * The first instant after the period, or null when absent. An instant's period is the instant
 * itself, so its end is one millisecond later: `asOf` at 09:30 includes what was published at 09:30.
 */
export function endOf(argument: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  const date = parse(argument, value);
  return date.precision === 'instant' ? new Date(Date.parse(date.start) + 1).toISOString() : date.end;
}

/** The filters every relation list may take: a day's view and a window of first reports. */
export interface TimeFilter {
  /** Claims count when their article was published before this instant (ISO), or null. */
  asOf: string | null;
  /** Facts first reported at or after this instant, or null. */
  reportedFrom: string | null;
  /** Facts first reported before this instant, or null. */
  reportedTo: string | null;
}

export const NO_TIME_FILTER: TimeFilter = { asOf: null, reportedFrom: null, reportedTo: null };

export function timeFilter(args: {
  asOf?: string | null;
  reportedFrom?: string | null;
  reportedTo?: string | null;
}): TimeFilter {
  return {
    asOf: endOf('asOf', args.asOf),
    reportedFrom: startOf('reportedFrom', args.reportedFrom),
    reportedTo: endOf('reportedTo', args.reportedTo),
  };
}
