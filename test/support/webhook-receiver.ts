import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A subscriber's endpoint: records every request; answers with `status(n)` for the n-th request (from 0). */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];

  constructor(private readonly status: (n: number) => number = () => 204) {}

  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const n = this.requests.length;
        this.requests.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(this.status(n)).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Requests whose body is an alert about `articleId`. */
  alertsFor(articleId: string): ReceivedRequest[] {
    return this.requests.filter((r) => (JSON.parse(r.body) as { article: { id: string } }).article.id === articleId);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())) ?? resolve());
  }
}
