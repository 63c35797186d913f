import pino from 'pino';

export type TLogger = pino.Logger;

export function createLogger(level: string): TLogger {
  return pino({
    level,
    base: { service: 'carehub' },
    redact: { paths: ['password', '*.password', 'token', '*.token', 'req.headers.cookie'], remove: true },
  });
}
