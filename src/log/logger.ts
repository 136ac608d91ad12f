/** Structured JSON logs (pino); pretty lines when a person watches the terminal. */
import { pino } from 'pino';

const level = process.env.LOG_LEVEL ?? 'info';

export const logger = pino({
  level,
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
