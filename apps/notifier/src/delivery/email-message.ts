import type { Alert, Digest } from '#contracts';
import type { EmailMessage } from './email.client.js';
import { messageText } from './message-text.js';
import { safeLink } from './slack-message.js';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An alert or digest as an e-mail: plain text and HTML, the HTML laid out by
 * each paragraph's own direction (`dir="auto"`), so Arabic evidence reads
 * right-to-left next to English labels. The alert id is the Message-ID seed
 * and a header, so mail filters and receivers can recognise a resend.
 */
export function emailMessage(message: Alert | Digest, to: string[]): EmailMessage {
  const t = messageText(message);
  const id = message.kind === 'digest' ? message.digestId : message.alertId;
  const link = safeLink(t.link);
  const paragraphs = [...t.lines, ...(link ? [link] : [])];
  return {
    to,
    subject: t.headline,
    text: `${paragraphs.join('\n\n')}\n\n-- \nMarsad alert ${id}\n`,
    html:
      `<!doctype html><html><body>` +
      `<h2 dir="auto">${escapeHtml(t.headline)}</h2>` +
      paragraphs.map((p) => (p === link ? `<p><a href="${escapeHtml(p)}">${escapeHtml(p)}</a></p>` : `<p dir="auto">${escapeHtml(p)}</p>`)).join('') +
      `<p style="color:#777;font-size:small">Marsad alert ${escapeHtml(id)}</p></body></html>`,
    messageId: id,
    headers: { 'X-Marsad-Alert-Id': id, 'X-Marsad-Kind': message.kind },
  };
}
