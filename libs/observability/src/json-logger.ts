import { ConsoleLogger, type LogLevel } from '@nestjs/common';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** One JSON object per line, so log shippers need no parsing rules. */
export function jsonLogger(app: string, level: Exclude<LogLevel, 'fatal'>): ConsoleLogger {
  return new ConsoleLogger(app, { json: true, logLevels: ORDER.slice(0, ORDER.indexOf(level) + 1) });
}
