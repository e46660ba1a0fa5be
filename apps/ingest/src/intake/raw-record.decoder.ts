import { decodeJsonRecord } from '#kafka';
import { RAW_ARTICLE_MAX_BYTES, RawArticleSchema, parseContract, type ParseResult, type RawArticle } from '#contracts';

/** Decodes bytes as strict UTF-8 and parses JSON, without validating the shape. */
export function decodeJson(bytes: Uint8Array, maxBytes: number): ParseResult<unknown> {
  if (bytes.byteLength > maxBytes) {
    return reject('oversize', `record is ${bytes.byteLength} bytes; the limit is ${maxBytes}`);
  }
  return decodeJsonRecord(bytes);
}

/** Validates one parsed value as a raw article, including its encoded size. */
export function parseRawArticle(value: unknown, encodedBytes?: number): ParseResult<RawArticle> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject('not_an_object', 'a raw article is a JSON object');
  }
  const size = encodedBytes ?? Buffer.byteLength(JSON.stringify(value));
  if (size > RAW_ARTICLE_MAX_BYTES) {
    return reject('oversize', `article is ${size} bytes; the limit is ${RAW_ARTICLE_MAX_BYTES}`);
  }
  return parseContract(RawArticleSchema, value);
}

/** Bytes of one Kafka record on `articles.raw.v1` → a valid raw article or a rejection. */
export function decodeRawRecord(bytes: Uint8Array): ParseResult<RawArticle> {
  const json = decodeJson(bytes, RAW_ARTICLE_MAX_BYTES);
  return json.ok ? parseRawArticle(json.value, bytes.byteLength) : json;
}

function reject<T>(code: 'oversize' | 'not_an_object', message: string): ParseResult<T> {
  return { ok: false, rejection: { code, message } };
}
