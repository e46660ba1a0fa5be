import { UnrecoverableError } from 'bullmq';
import { withStatus } from './webhook.client.js';
import nodemailer from 'nodemailer';
import type { NodemailerError, SMTPPoolOptions, SMTPPoolSentMessageInfo, Transporter } from 'nodemailer';

export interface EmailMessage {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Stable id of what is being sent (the alert id); the same id always yields the same Message-ID. */
  messageId: string;
  headers: Record<string, string>;
}

export interface EmailSenderOptions {
  /** `smtp://host:port` or `smtps://user:pass@host:port`. */
  url: string;
  from: string;
  timeoutMs: number;
}

/**
 * `<id@marsad>` for a caller's id. A retried job sends the same Message-ID, so a
 * mail system (or a reader's client) can recognise the copy of a message that
 * got through before the attempt failed. Only letters, digits, `_` and `-` are
 * kept as they are; any other UTF-8 byte, `=` and `.` included, becomes `=HH`.
 * That leaves a valid RFC 5322 dot-atom whatever the id holds (alert ids carry
 * `:`, which is not allowed), and two different ids never share a Message-ID.
 */
export function messageIdFor(id: string): string {
  const left = [...Buffer.from(id, 'utf8')]
    .map((b) => (/[A-Za-z0-9_-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return `<${left}@marsad>`;
}

/**
 * RFC 5321 makes every 5yz reply a permanent refusal (550 mailbox unavailable,
 * 553 address not allowed, 554 rejected, 535 bad credentials): sending the same
 * message again gets the same answer, so the job is parked at once instead of
 * burning its attempts. 503 is the exception: it says the session was in the
 * wrong state, and a new connection can succeed.
 */
const isPermanentReply = (code: number): boolean => code >= 500 && code < 600 && code !== 503;

/**
 * Errors nodemailer raises before any server answer that no retry can fix: the
 * message itself has no usable recipients. Everything else without a reply code
 * (refused or dropped connections, timeouts, DNS, TLS, aborts) is the network's
 * and may pass later.
 */
const PERMANENT_CODES = new Set(['EENVELOPE', 'EMAXRECIPIENTS']);

/**
 * Sends e-mail over one pooled SMTP transport (connections are reused across
 * jobs). Like postAlert, `send` throws a plain Error to be retried (4xx such as
 * 421 and 451, refused connections, timeouts) or an UnrecoverableError for an
 * answer that retrying cannot change (5xx), which parks the job.
 */
export class EmailSender {
  private readonly transport: Transporter<SMTPPoolSentMessageInfo, SMTPPoolOptions>;

  constructor(private readonly options: EmailSenderOptions) {
    const pool: SMTPPoolOptions & { pool: true } = {
      url: options.url,
      pool: true,
      // A silent server must fail the attempt rather than hold a worker slot.
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
    };
    this.transport = nodemailer.createTransport(pool);
  }

  /** Resolves with the server's answer to DATA, e.g. `250 OK: queued as …`. */
  async send(message: EmailMessage): Promise<string> {
    if (message.to.length === 0 || message.messageId === '') throw new UnrecoverableError('email needs recipients and a messageId');
    try {
      const info = await this.transport.sendMail({
        from: this.options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        messageId: messageIdFor(message.messageId),
        // Bounds the whole send, waiting in the pool queue included; a server
        // that trickles its replies never trips the socket timeout.
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      // Recipients the server refused one by one while taking the rest are not
      // retried: a retry would send the message again to those who got it.
      return info.response;
    } catch (e) {
      throw classify(e as NodemailerError);
    }
  }

  /** Closes idle connections now and busy ones once their message is through. */
  close(): void {
    this.transport.close();
  }
}

function classify(error: NodemailerError): Error {
  const code = error.responseCode;
  const what = code !== undefined ? `SMTP ${code}` : (error.code ?? error.name);
  const message = `email not sent: ${what}: ${error.response ?? error.message}`;
  const permanent = code !== undefined ? isPermanentReply(code) : PERMANENT_CODES.has(error.code ?? '');
  const classified = permanent ? new UnrecoverableError(message) : new Error(message, { cause: error });
  // The reply code goes into the alert's history, as a webhook's HTTP status does.
  return code !== undefined ? withStatus(classified, code) : classified;
}
