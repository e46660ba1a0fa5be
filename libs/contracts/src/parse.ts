import type { z } from 'zod';
import type { Rejection, RejectionCode } from './dead-letter/dead-letter.schema.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

/**
 * Parses a value against a contract and turns zod's issues into a Rejection a
 * machine can act on. A refinement may name its own code through
 * `params.reason` (e.g. `missing_text`); anything else is `fallback`.
 */
export function parseContract<S extends z.ZodType>(
  schema: S,
  value: unknown,
  fallback: RejectionCode = 'invalid_field',
): ParseResult<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const named = result.error.issues
    .map((issue) => (issue.code === 'custom' ? (issue.params as { reason?: RejectionCode } | undefined)?.reason : undefined))
    .find((reason): reason is RejectionCode => reason !== undefined);
  // A record that is only missing its text is reported as such; if it also has
  // wrong types, those are the more useful thing to fix first.
  const onlyNamed = named !== undefined && issues.length === 1;
  const code = onlyNamed ? named : fallback;
  return {
    ok: false,
    rejection: { code, message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues },
  };
}
