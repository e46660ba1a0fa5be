import type { Alert, Digest } from '#contracts';
import { messageText } from './message-text.js';

/** Slack's limit on a section block's text; Mattermost's is larger. */
const SECTION_MAX = 3_000;

/** Slack's control characters: article text must not ping a channel (`<!channel>`) or fake a link. */
const escapeMrkdwn = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Only plain http(s) links, without the characters that end a Slack link. */
export const safeLink = (url: string | undefined): string | undefined => (url !== undefined && /^https?:\/\/[^\s<>|]+$/.test(url) ? url : undefined);

/**
 * The body of a Slack or Mattermost incoming webhook: `text` (shown in
 * notifications, and all that older Mattermost versions read) and blocks.
 * Those services ignore the signature header; it is sent anyway.
 */
export function slackMessage(message: Alert | Digest): { text: string; blocks: unknown[] } {
  const t = messageText(message);
  const url = safeLink(t.link);
  const link = url ? `\n<${url}|Open the article>` : '';
  const body = `${t.lines.map(escapeMrkdwn).join('\n')}${link}`;
  return {
    // `text` is read as mrkdwn (in notifications too); the header block is plain text, shown as is.
    text: escapeMrkdwn(t.headline),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: t.headline.slice(0, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: body.length > SECTION_MAX ? `${body.slice(0, SECTION_MAX - 1)}…` : body } },
    ],
  };
}
