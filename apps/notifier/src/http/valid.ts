import { UnprocessableEntityException } from '@nestjs/common';
import type { z } from 'zod';
import { parseContract } from '#contracts';

/** The input parsed against its contract, or a 422 naming each field and the reason (`error` is `code` or the contract's own). */
export function valid<S extends z.ZodType>(schema: S, input: unknown, code?: string): z.infer<S> {
  const parsed = parseContract(schema, input);
  if (!parsed.ok) {
    throw new UnprocessableEntityException({ error: code ?? parsed.rejection.code, message: parsed.rejection.message, issues: parsed.rejection.issues });
  }
  return parsed.value;
}
