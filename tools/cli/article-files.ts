import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * Raw articles from a file: a JSON object or array as feeds send them; an
 * .html page becomes `{html}`; any other text file becomes `{body}`.
 * Returned as the values to put on the wire, untouched, so bad input
 * reaches ingest (and its dead-letter topic) exactly as written.
 */
export function readArticleValues(path: string): { value: string; parsed: unknown }[] {
  const text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return [wrap({ html: text })];
  if (ext !== '.json') return [wrap({ body: text })];
  const parsed = JSON.parse(text) as unknown;
  return Array.isArray(parsed) ? parsed.map(wrap) : [{ value: text, parsed }];
}

const wrap = (parsed: unknown) => ({ value: JSON.stringify(parsed), parsed });
