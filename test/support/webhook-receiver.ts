import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A subscriber's endpoint: records every request; answers the n-th request
 * (from 0) with `status(n)` after `delayMs(n)` (to make the sender time out).
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  /** The requests it answered with a 2xx: what the subscriber actually received. */
  readonly accepted: ReceivedRequest[] = [];

  constructor(
    private readonly status: (n: number) => number = () => 204,
    private readonly delayMs: (n: number) => number = () => 0,
  ) {}

  private server: Server | undefined;

  /** Listens on 127.0.0.1:`port` (0: any free port) and returns its base URL. */
  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const n = this.requests.length;
        const request = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        this.requests.push(request);
        const status = this.status(n);
        setTimeout(() => {
          // A sender that gave up waiting has closed the connection: that request was not received.
          if (res.destroyed || req.socket.destroyed) return;
          if (status < 300) this.accepted.push(request);
          res.writeHead(status).end();
        }, this.delayMs(n));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Requests whose body is an alert about `articleId`. */
  alertsFor(articleId: string): ReceivedRequest[] {
    return this.requests.filter((r) => (JSON.parse(r.body) as { article: { id: string } }).article.id === articleId);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())) ?? resolve());
  }
}
