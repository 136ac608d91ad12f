/**
 * Calls `start` with stack traces off: the driver captures one, synchronously, in the Result
 * that `tx.run` builds (nothing else runs meanwhile, so no other code sees the limit).
 */
export function withoutStackTrace<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
