/**
 * The CLI's settings (src/config/env.ts), parsed once per run the first time a command needs them
 * and shared by every step of it. Not at start-up: `--help`, `schema` and offline `check` work
 * whatever the environment holds, and only a command that uses a bad setting stops on it.
 */
import { parseEnv, type Env } from '../config/env.js';
import { logger } from '../log/logger.js';

let parsed: Env | undefined;

export function cliEnv(): Env {
  if (!parsed) {
    parsed = parseEnv();
    logger.level = parsed.LOG_LEVEL;
  }
  return parsed;
}
