import type { Alert, AlertChange, Digest } from '#contracts';

/** What an alert or digest says in a few lines, for channels that show text (chat, e-mail). */
export interface MessageText {
  /** One line: the subject of an e-mail, the bold line of a chat message. */
  headline: string;
  /** Paragraphs: what matched and the sentences that show it. */
  lines: string[];
  /** The article's URL when there is one. */
  link?: string;
}

const EVIDENCE_LINES = 3;

const changeText = (c: AlertChange): string =>
  c.what === 'title'
    ? `title: «${c.before}» → «${c.after}»`
    : c.what === 'match_added'
      ? `now also matches ${c.about}`
      : c.what === 'match_removed'
        ? `no longer mentions ${c.about}`
        : `${c.what}${c.about ? ` (${c.about})` : ''}: ${c.before ?? '–'} → ${c.after ?? '–'}`;

export function alertText(alert: Alert): MessageText {
  const prefix = alert.kind === 'update' ? '[update] ' : '';
  const terms = [...new Set(alert.matches.map((m) => m.entity?.name ?? m.event?.type ?? m.term))].join(', ');
  const evidence = [...new Set(alert.matches.map((m) => m.evidence.text.trim()))].slice(0, EVIDENCE_LINES);
  return {
    headline: `${prefix}${alert.subscription.name}: ${alert.article.title}`,
    lines: [
      ...(alert.update ? [`Corrects ${alert.update.of}:`, ...alert.update.changes.map((c) => `• ${changeText(c)}`)] : []),
      `Matched: ${terms}`,
      ...evidence.map((e) => `“${e}”`),
    ],
    ...(alert.article.url ? { link: alert.article.url } : {}),
  };
}

export function digestText(digest: Digest): MessageText {
  const why = { rate_limit: 'over the rate limit', digest: 'digest', quiet_hours: 'during quiet hours' }[digest.reason];
  return {
    headline: `${digest.subscription.name}: ${digest.count} alert${digest.count === 1 ? '' : 's'} (${why}, ${digest.window.from} – ${digest.window.to})`,
    lines: digest.alerts.map((a) => `• ${a.kind === 'update' ? '[update] ' : ''}${a.article.title}${a.article.url ? ` — ${a.article.url}` : ''}`),
  };
}

export const messageText = (message: Alert | Digest): MessageText => (message.kind === 'digest' ? digestText(message) : alertText(message));
