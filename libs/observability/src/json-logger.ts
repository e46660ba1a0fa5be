import { ConsoleLogger, type LogLevel } from '@nestjs/common';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Field names whose values never reach a log line, at any depth. */
const SECRET_FIELD = /secret|password|passwd|authorization|api[-_]?keys?$|token|cookie/i;
const REDACTED = '[redacted]';

/** A copy of a log payload with secret-looking fields replaced; ids and messages untouched. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1));
  if (value instanceof Error) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_FIELD.test(k) ? REDACTED : redactSecrets(v, depth + 1)]),
  );
}

/**
 * One JSON object per line, so log shippers need no parsing rules. Call sites
 * log objects with ids (`{ message, articleId, subscriptionId, alertId }`);
 * fields named like secrets are redacted here as a last line of defence.
 */
class JsonLogger extends ConsoleLogger {
  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
    params?: Record<string, unknown>,
  ): void {
    super.printMessages(messages.map((m) => redactSecrets(m)), context, logLevel, writeStreamType, errorStack, params);
  }
}

export function jsonLogger(app: string, level: Exclude<LogLevel, 'fatal'>): ConsoleLogger {
  return new JsonLogger(app, { json: true, logLevels: ORDER.slice(0, ORDER.indexOf(level) + 1) });
}
