/**
 * Date arguments read as the period they name: a range starts at the period's first instant and
 * ends (or `asOf` cuts) at the first instant after it; an instant's end is just after it.
 */
import { describe, expect, it } from 'vitest';
import { endOf, startOf, timeFilter } from '../../src/graphql/arguments/dateArguments.js';

describe('date arguments', () => {
  it.each([
    ['2025', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ['2025-02', '2025-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2025-02-04T09:30:00+01:00', '2025-02-04T08:30:00.000Z', '2025-02-04T08:30:00.001Z'],
  ])('%s starts at %s and ends before %s', (text, start, end) => {
    expect(startOf('from', text)).toBe(start);
    expect(endOf('to', text)).toBe(end);
  });

  it('leaves absent arguments out', () => {
    expect(timeFilter({})).toEqual({ asOf: null, reportedFrom: null, reportedTo: null });
    expect(timeFilter({ asOf: '2025-02-04', reportedFrom: '2025', reportedTo: null })).toEqual({
      asOf: '2025-02-05T00:00:00.000Z',
      reportedFrom: '2025-01-01T00:00:00.000Z',
      reportedTo: null,
    });
  });

  it.each(['yesterday', '2025-02-30', '2025-2', '04.02.2025', '2025-02-04T09:30'])(
    'refuses %j with BAD_USER_INPUT naming the argument and the accepted forms',
    (value) => {
      let error: unknown;
      try {
        endOf('asOf', value);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        message: `Argument "asOf" is not a date: ${JSON.stringify(value)} (accepted: a year "2025", a month "2025-01", a day "2025-01-29", a date-time with its UTC offset "2025-01-29T14:30:00+01:00" or "2025-01-29T13:30:00Z").`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'asOf', value },
      });
    },
  );
});
