/** Each test worker logs at LOG_LEVEL (vitest.config.ts sets `warn`), as an entry point would. */
import { parseEnv } from '../../src/config/env.js';
import { logger } from '../../src/log/logger.js';

logger.level = parseEnv().LOG_LEVEL;
