import type { Alert, Digest } from '#contracts';
import { messageText } from './message-text.js';

/** Slack's limit on a section block's text; Mattermost's is larger. */
const SECTION_MAX = 3_000;

/**
 * The body of a Slack or Mattermost incoming webhook: `text` (shown in
 * notifications, and all that older Mattermost versions read) and blocks.
 * Those services ignore the signature header; it is sent anyway.
 */
export function slackMessage(message: Alert | Digest): { text: string; blocks: unknown[] } {
  const t = messageText(message);
  const link = t.link ? `\n<${t.link}|Open the article>` : '';
  const body = `${t.lines.join('\n')}${link}`;
  return {
    text: t.headline,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: t.headline.slice(0, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: body.length > SECTION_MAX ? `${body.slice(0, SECTION_MAX - 1)}…` : body } },
    ],
  };
}
