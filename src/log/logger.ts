/**
 * Structured JSON logs (pino); pretty lines when a person watches the terminal (a TTY that is not
 * a CI runner's). Its level is `info` until the entry point sets `logger.level` from LOG_LEVEL.
 */
import { pino } from 'pino';

export const logger = pino({
  level: 'info',
  base: { service: 'newsgraph' },
  redact: ['password', '*.password', 'req.headers.authorization'],
  ...(process.stdout.isTTY && !process.env.CI
    ? {
        transport: {
          target: 'pino-pretty',
          options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,service' },
        },
      }
    : {}),
});
