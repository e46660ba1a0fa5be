import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { UnrecoverableError } from 'bullmq';
import { EmailSender, messageIdFor, type EmailMessage } from '../apps/notifier/src/delivery/email.client.js';
import { SmtpSink } from './support/smtp-sink.js';

const FROM = 'alerts@marsad.test';

const arabicAlert = (messageId: string): EmailMessage => ({
  to: ['analyst@example.org', 'desk@example.org'],
  subject: 'تنبيه مرصد: قصف في حماة',
  text: 'أفادت مصادر محلية بقصف مدفعي على ريف حماة الشمالي.',
  html: '<div dir="rtl" lang="ar"><p>أفادت مصادر محلية بقصف مدفعي على <b>ريف حماة</b> الشمالي.</p></div>',
  messageId,
  headers: { 'X-Marsad-Alert-Id': messageId, 'X-Marsad-Subscription': 'sub_ab12' },
});

/** A port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('e-mail channel: EmailSender against a real SMTP server', () => {
  const open: { sender?: EmailSender; sink?: SmtpSink } = {};
  const start = async (reply?: (n: number) => number | undefined) => {
    open.sink = new SmtpSink(reply);
    const url = await open.sink.start();
    open.sender = new EmailSender({ url, from: FROM, timeoutMs: 5_000 });
    return { sink: open.sink, sender: open.sender };
  };

  afterEach(async () => {
    open.sender?.close();
    await open.sink?.stop();
    delete open.sender;
    delete open.sink;
  });

  it('delivers an Arabic alert with its recipients, RTL html, custom headers and a deterministic Message-ID', async () => {
    const { sink, sender } = await start();
    const alertId = 'sub_ab12:art-2024/07.hama:evt-1';

    const response = await sender.send(arabicAlert(alertId));

    expect(response).toMatch(/^250 /);
    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.from).toBe(FROM);
    expect(mail.to).toEqual(['analyst@example.org', 'desk@example.org']);
    expect(mail.subject).toBe('تنبيه مرصد: قصف في حماة');
    expect(mail.text.trim()).toBe('أفادت مصادر محلية بقصف مدفعي على ريف حماة الشمالي.');
    expect(mail.html).toContain('<div dir="rtl" lang="ar">');
    expect(mail.html).toContain('<b>ريف حماة</b>');
    expect(mail.headers['x-marsad-alert-id']).toBe(alertId);
    expect(mail.headers['x-marsad-subscription']).toBe('sub_ab12');
    // Same id, same Message-ID; a valid dot-atom (no `:`, no `.` runs); distinct ids stay distinct.
    expect(mail.messageId).toBe(messageIdFor(alertId));
    expect(mail.messageId).toBe('<sub_ab12=3Aart-2024=2F07=2Ehama=3Aevt-1@marsad>');
    expect(messageIdFor('a:b')).not.toBe(messageIdFor('a=3Ab'));
  });

  it('a 451 answer is retryable, and the retry goes through with the same Message-ID', async () => {
    const { sink, sender } = await start((n) => (n === 0 ? 451 : undefined));
    const message = arabicAlert('sub_ab12:art-1:article');

    const failed = await sender.send(message).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(Error);
    expect(failed).not.toBeInstanceOf(UnrecoverableError);
    expect((failed as Error).message).toContain('SMTP 451');
    expect(sink.messages).toHaveLength(0);

    await expect(sender.send(message)).resolves.toMatch(/^250 /);
    expect(sink.messages.map((m) => m.messageId)).toEqual([messageIdFor('sub_ab12:art-1:article')]);
  });

  it('a 550 answer is permanent: UnrecoverableError naming the code', async () => {
    const { sink, sender } = await start(() => 550);

    const failed = sender.send(arabicAlert('sub_ab12:art-2:article'));

    await expect(failed).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failed).rejects.toThrow(/SMTP 550/);
    expect(sink.messages).toHaveLength(0);
  });

  it('a refused connection is retryable', async () => {
    const sender = new EmailSender({ url: `smtp://127.0.0.1:${await closedPort()}`, from: FROM, timeoutMs: 5_000 });
    open.sender = sender;

    const failed = await sender.send(arabicAlert('sub_ab12:art-3:article')).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(failed).toBeInstanceOf(Error);
    expect(failed).not.toBeInstanceOf(UnrecoverableError);
    expect((failed as Error).message).toMatch(/ECONNREFUSED|ESOCKET/);
  });
});
