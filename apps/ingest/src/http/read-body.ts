import type { Request } from 'express';

/**
 * Reads the raw request body, stopping at `limit` bytes. Ingest reads bytes
 * itself (no JSON body parser) so it can tell invalid UTF-8 from invalid JSON
 * and answer both with its own machine-readable reasons.
 */
export function readBody(req: Request, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve('too_large');
        // Drain the rest without keeping it, so the response can still be sent.
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
