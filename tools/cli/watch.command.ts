import { AlertSchema } from '#contracts';
import { formatAlert } from './alert-printer.js';

/** Follows GET /v1/alerts/stream and prints each alert. */
export async function watch(): Promise<void> {
  const base = process.env['MARSAD_NOTIFIER_URL'] ?? 'http://127.0.0.1:3003';
  const key = process.env['MARSAD_API_KEY'];
  if (!key) throw new Error('set MARSAD_API_KEY');
  const res = await fetch(`${base}/v1/alerts/stream`, { headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' } });
  if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
      if (data) process.stdout.write(`${formatAlert(AlertSchema.parse(JSON.parse(data)))}\n`);
    }
  }
}
