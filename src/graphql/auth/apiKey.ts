/**
 * The API key check: `Authorization: Bearer <key>`, compared in constant time (both sides are
 * hashed first, so neither the key's length nor its prefix leaks through timing).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** True when `request` carries `Authorization: Bearer <key>`; false when `key` is unset. */
export function hasValidApiKey(request: Request | undefined, key: string | undefined): boolean {
  if (!key || !request) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(key));
}
