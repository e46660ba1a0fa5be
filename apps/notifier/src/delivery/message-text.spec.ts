import { describe, expect, it } from '@jest/globals';
import { AlertSchema, DigestSchema } from '#contracts';
import { emailMessage } from './email-message.js';
import { slackMessage } from './slack-message.js';

const alert = AlertSchema.parse({
  kind: 'update',
  alertId: 'sub_a:art-1:article',
  update: { of: 'sub_a:art-1:article', changes: [{ what: 'killed', about: 'ASSAULT at Hama', before: 20, after: 35 }] },
  severity: 70,
  subscription: { id: 'sub_a', name: 'مكتب حماة' },
  article: { id: 'art-1', url: 'https://news.example.org/a?x=1&y=2', title: 'ارتفاع حصيلة القصف', language: 'ar', source: {} },
  matches: [{
    via: 'keyword', term: 'قصف',
    mention: { field: 'text', start: 0, end: 3, text: 'قصف' },
    evidence: { field: 'text', start: 0, end: 24, text: 'قصف على ريف حماة <الغربي>' },
  }],
  createdAt: '2026-11-29T10:00:00.000Z',
});

describe('message renderers', () => {
  it('writes a Slack/Mattermost message with the headline as text and the change and evidence in a block', () => {
    const m = slackMessage(alert);
    expect(m.text).toBe('[update] مكتب حماة: ارتفاع حصيلة القصف');
    const body = JSON.stringify(m.blocks);
    expect(body).toContain('killed (ASSAULT at Hama): 20 → 35');
    expect(body).toContain('قصف على ريف حماة &lt;الغربي&gt;');
    expect(body).toContain('<https://news.example.org/a?x=1&y=2|Open the article>');
  });

  it('keeps article text from pinging a channel or faking a link, and drops links that are not plain http(s)', () => {
    const hostile = { ...alert, article: { ...alert.article, title: '<!channel> خبر', url: 'javascript:alert(1)' } };
    const m = slackMessage(hostile);
    const body = JSON.stringify([m.text, (m.blocks[1] as { text: { text: string } }).text.text]);
    expect(body).not.toContain('<!channel>');
    expect(body).toContain('&lt;!channel&gt; خبر');
    expect(body).not.toContain('javascript:');
    expect(emailMessage(hostile, ['d@example.org']).html).not.toContain('javascript:');
  });

  it('writes an e-mail whose HTML is escaped and set by each paragraph’s direction, keyed by the alert id', () => {
    const e = emailMessage(alert, ['desk@example.org']);
    expect(e).toMatchObject({ to: ['desk@example.org'], subject: '[update] مكتب حماة: ارتفاع حصيلة القصف', messageId: alert.alertId });
    expect(e.html).toContain('<p dir="auto">“قصف على ريف حماة &#60;الغربي&#62;”</p>');
    expect(e.html).not.toContain('<الغربي>');
    expect(e.text).toContain('Marsad alert sub_a:art-1:article');
  });

  it('lists a digest’s alerts under one headline', () => {
    const digest = DigestSchema.parse({
      kind: 'digest', digestId: 'sub_a:~digest:1796000000000', subscription: { id: 'sub_a', name: 'مكتب حماة' }, reason: 'rate_limit',
      window: { from: '2026-11-29T10:00:00.000Z', to: '2026-11-29T10:01:00.000Z' }, count: 2, alerts: [alert, { ...alert, kind: 'alert' }],
      createdAt: '2026-11-29T10:01:00.000Z',
    });
    const e = emailMessage(digest, ['desk@example.org']);
    expect(e.subject).toMatch(/^مكتب حماة: 2 alerts \(over the rate limit/);
    expect(e.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(2);
  });
});
