/** Dates people write: each accepted form with its precision and period, and what is refused. */
import { describe, expect, it } from 'vitest';
import { parsePartialDate, spanInOrder } from '../../src/domain/partialDate.js';

describe('partial dates', () => {
  it('keep their precision and the period they cover', () => {
    expect(
      ['2025', '2025-02', '2025-02-28', '2024-02-29', '2025-02-04T09:30:00+01:00', '2025-12'].map(
        parsePartialDate,
      ),
    ).toEqual([
      { text: '2025', precision: 'year', start: '2025-01-01T00:00:00.000Z', end: '2026-01-01T00:00:00.000Z' },
      {
        text: '2025-02',
        precision: 'month',
        start: '2025-02-01T00:00:00.000Z',
        end: '2025-03-01T00:00:00.000Z',
      },
      {
        text: '2025-02-28',
        precision: 'day',
        start: '2025-02-28T00:00:00.000Z',
        end: '2025-03-01T00:00:00.000Z',
      },
      {
        text: '2024-02-29',
        precision: 'day',
        start: '2024-02-29T00:00:00.000Z',
        end: '2024-03-01T00:00:00.000Z',
      },
      {
        text: '2025-02-04T09:30:00+01:00',
        precision: 'instant',
        start: '2025-02-04T08:30:00.000Z',
        end: '2025-02-04T08:30:00.000Z',
      },
      {
        text: '2025-12',
        precision: 'month',
        start: '2025-12-01T00:00:00.000Z',
        end: '2026-01-01T00:00:00.000Z',
      },
    ]);
  });

  it('refuse anything else, including days that do not exist', () => {
    for (const bad of [
      '29.01.2025',
      '2025-13',
      '2025-02-30',
      '2025-02-29',
      '25',
      '2025-1',
      'last week',
      '2025-02-04T09:30',
      '',
    ])
      expect(parsePartialDate(bad), bad).toBeUndefined();
  });

  it('order a span by its starts', () => {
    const d = (s: string) => parsePartialDate(s)!;
    expect(spanInOrder(d('2025-01'), d('2025-02-03'))).toBe(true);
    expect(spanInOrder(d('2025-02'), d('2025-02'))).toBe(true);
    expect(spanInOrder(d('2025-02'), d('2025-01'))).toBe(false);
  });
});
