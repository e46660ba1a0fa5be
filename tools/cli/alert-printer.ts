import type { Alert } from '#contracts';

/** One alert as a desk would read it: who, what, and the sentence that proves it. */
export function formatAlert(alert: Alert, note = ''): string {
  const lines = [`● ${alert.subscription.name} — ${alert.article.title}${note}`, `  ${alert.article.url ?? alert.article.id}`];
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
