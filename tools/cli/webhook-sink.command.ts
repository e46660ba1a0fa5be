import { createServer } from 'node:http';
import { AlertSchema, DigestSchema } from '#contracts';
import { decodeContractRecord } from '#kafka';
import { verifyWebhook } from '../../apps/notifier/src/delivery/webhook-signature.js';
import { formatAlert, formatDigest } from './alert-printer.js';

/** A subscriber's endpoint for demos: checks X-Marsad-Signature and prints each alert or digest, marking repeats. */
export async function webhookSink(args: string[]): Promise<void> {
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 3099;
  const secret = process.env['MARSAD_WEBHOOK_SECRET'] ?? '';
  const seen = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const signed = verifyWebhook(secret, body, String(req.headers['x-marsad-signature'] ?? ''), Math.floor(Date.now() / 1000));
      const key = String(req.headers['idempotency-key'] ?? '');
      let isDigest = false;
      try {
        isDigest = (JSON.parse(body) as { kind?: unknown }).kind === 'digest';
      } catch {
        // not JSON: the alert decoder below reports it
      }
      const parsed = isDigest ? decodeContractRecord(DigestSchema, Buffer.from(body, 'utf8')) : decodeContractRecord(AlertSchema, Buffer.from(body, 'utf8'));
      res.writeHead(signed && parsed.ok ? 204 : 400).end();
      if (!parsed.ok) return;
      const note = `${signed ? ' [signature ok]' : ' [BAD SIGNATURE]'}${seen.has(key) ? ' [repeat of an alert already received]' : ''}`;
      seen.add(key);
      const v = parsed.value;
      process.stdout.write(`${v.kind === 'digest' ? formatDigest(v, note) : formatAlert(v, note)}\n`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  process.stdout.write(`webhook sink listening on http://127.0.0.1:${port}\n`);
  await new Promise(() => undefined);
}
