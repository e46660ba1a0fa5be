import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  /** Envelope recipients (RCPT TO): who the server was asked to deliver to. */
  to: string[];
  /** Envelope sender (MAIL FROM). */
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Angle brackets included, as in the header. */
  messageId: string;
  /** By lower-case name; a structured header (address, date, …) as its raw text. */
  headers: Record<string, string>;
}

/**
 * A mail server for tests: a real SMTP server on a free port, plain text (no
 * STARTTLS), no login needed. Records every message it accepts; answers the n-th
 * DATA (from 0, refused ones counted) with `reply(n)` as an SMTP error code when
 * that is a number, e.g. `(n) => (n === 0 ? 451 : undefined)` to refuse once.
 */
export class SmtpSink {
  readonly messages: ReceivedEmail[] = [];
  private dataCount = 0;
  private server: SMTPServer | undefined;

  constructor(private readonly reply: (n: number) => number | undefined = () => undefined) {}

  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A pooled client keeps its connection open; do not wait long for it on stop.
      closeTimeout: 500,
      onData: (stream, session, callback) => {
        const n = this.dataCount++;
        simpleParser(stream)
          .then((parsed) => {
            const code = this.reply(n);
            if (code !== undefined) {
              callback(Object.assign(new Error(`sink refuses message ${n}`), { responseCode: code }));
              return;
            }
            const { mailFrom, rcptTo } = session.envelope;
            this.messages.push(toReceived(parsed, mailFrom ? mailFrom.address : '', rcptTo.map((r) => r.address)));
            callback();
          })
          .catch((e: Error) => callback(e));
      },
    });
    this.server.on('error', () => undefined); // a client dropping its socket is not the test's failure
    await new Promise<void>((resolve, reject) => {
      this.server!.server.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => resolve());
    });
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function toReceived(parsed: ParsedMail, from: string, to: string[]): ReceivedEmail {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    const value = parsed.headers.get(key);
    // Plain headers come decoded (RFC 2047); the others are kept as written, unfolded.
    headers[key] = typeof value === 'string' ? value : line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
  }
  return {
    to,
    from,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || '',
    messageId: parsed.messageId ?? '',
    headers,
  };
}
