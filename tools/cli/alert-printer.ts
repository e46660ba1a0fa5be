import type { Alert, Digest } from '#contracts';

/** One alert as a desk would read it: who, what, and the sentence that proves it. */
export function formatAlert(alert: Alert, note = ''): string {
  const lines = [`● ${alert.kind === 'update' ? '[update] ' : ''}${alert.subscription.name} — ${alert.article.title}${note}`, `  ${alert.article.url ?? alert.article.id}`];
  for (const c of alert.update?.changes ?? []) lines.push(`  changed: ${c.what}${c.about ? ` (${c.about})` : ''} ${c.before ?? ''} → ${c.after ?? ''}`);
  const seen = new Set<string>();
  for (const m of alert.matches) {
    const key = `${m.entity?.id ?? m.term}|${m.evidence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const who = m.entity ? `${m.entity.name} / ${m.entity.nameAr}` : `"${m.term}"`;
    lines.push(`  ${m.via}: ${who} — «${m.mention.text}» in: ${m.evidence.text}`);
  }
  return lines.join('\n');
}

/** A digest: its reason and window, then one line per alert. */
export function formatDigest(digest: Digest, note = ''): string {
  return [
    `◆ ${digest.subscription.name} — digest of ${digest.count} (${digest.reason}, ${digest.window.from} – ${digest.window.to})${note}`,
    ...digest.alerts.map((a) => `  • ${a.article.title} — ${a.article.url ?? a.article.id}`),
  ].join('\n');
}
