/**
 * Argument checks the schema cannot express: ranges. A bad value is a BAD_USER_INPUT error that
 * names the argument, the allowed range and the value received.
 */
import { badUserInput } from '../errors.js';

/** The largest page any list returns. */
export const MAX_PAGE = 100;

export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badUserInput(`Argument "${argument}" must be between ${min} and ${max}; got ${value}.`, {
      argument,
      value,
    });
  return value;
}

/** Page size: `first` from 0 to MAX_PAGE; an explicit null means the schema's default. */
export function checkFirst(value: number | null | undefined, fallback = 20): number {
  return checkRange('first', value ?? fallback, 0, MAX_PAGE);
}
