import type { z } from 'zod';
import { parseContract, type ParseResult, type RejectionCode } from '#contracts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 + JSON decoding of a record value, as a rejection instead of an exception. */
export function decodeJsonRecord(bytes: Uint8Array): ParseResult<unknown> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, rejection: { code: 'invalid_utf8', message: 'record is not valid UTF-8' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, rejection: { code: 'invalid_json', message: `record is not JSON: ${(error as Error).message}` } };
  }
}

/**
 * A record produced by another Marsad stage, checked against its contract.
 * A failure here means a producer broke the contract: `invalid_message`.
 */
export function decodeContractRecord<S extends z.ZodType>(schema: S, bytes: Uint8Array, fallback: RejectionCode = 'invalid_message'): ParseResult<z.infer<S>> {
  const json = decodeJsonRecord(bytes);
  return json.ok ? parseContract(schema, json.value, fallback) : json;
}
