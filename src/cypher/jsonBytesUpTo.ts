/**
 * The size of a plain value as JSON (UTF-8 bytes, as JSON.stringify writes it), counted only as
 * far as `budget`: past it the walk stops and answers `budget + 1`. Judging a row of megabytes
 * against a cap of one then costs about the cap, not the row — the service never serialises
 * what it is about to refuse.
 */
import type { Plain } from '../neo4j/toPlain.js';

export function jsonBytesUpTo(value: Plain, budget: number): number {
  let used = 0;
  const over = () => used > budget;
  const walk = (v: Plain): void => {
    if (over()) return;
    if (typeof v === 'string') {
      // A JSON string is at least its characters and two quotes; measure exactly only if that fits.
      const atLeast = v.length + 2;
      used += atLeast > budget - used ? atLeast : Buffer.byteLength(JSON.stringify(v), 'utf8');
    } else if (v === null || typeof v !== 'object') {
      used += String(JSON.stringify(v)).length;
    } else if (Array.isArray(v)) {
      used += 2 + Math.max(0, v.length - 1);
      for (const item of v) {
        walk(item);
        if (over()) return;
      }
    } else {
      const entries = Object.entries(v);
      used += 2 + Math.max(0, entries.length - 1);
      for (const [key, item] of entries) {
        walk(key);
        used += 1; // the colon
        walk(item);
        if (over()) return;
      }
    }
  };
  walk(value);
  return over() ? budget + 1 : used;
}
