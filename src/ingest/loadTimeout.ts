/** Loading is batch work, not a request: a cold or busy server gets longer than the 10 s default. */
export const LOAD_TIMEOUT_MS = 120_000;
