import { unlinkedEntity } from './entity-records.js';
import { overlaps, type NameHit } from './name-hit.js';
import { insideLongerName } from './name-parts.js';
import { PhraseIndex, phraseKey, type PreparedText } from './phrase-index.js';

const MIN_SURNAME = 3;

/**
 * A person the knowledge base does not know, named in full once («اللواء
 * رايم بردي دويشنبييف»), is then often named by the last word alone
 * («دويشنبييف»), which the tagger may not recognise on its own. This finds
 * those surnames after the full name (or anywhere after a title that named
 * the person) and ties them to the full name, and ties one-word person
 * names other sources found to it as well. `surnames` carries full names
 * from the article's earlier fields and learns this field's; a surname two
 * persons share is left alone. Returns `accepted` with the surnames added.
 */
export function withSurnameMentions(value: string, text: PreparedText, accepted: readonly NameHit[], surnames: Map<string, string | null>): NameHit[] {
  const firstFull = new Map<string, number>();
  for (const h of accepted) {
    if (h.link || h.type !== 'PERSON' || h.form !== 'name') continue;
    const words = phraseKey(value.slice(h.start, h.end)).split(' ');
    const last = words.at(-1)!;
    if (words.length < 2 || last.length < MIN_SURNAME) continue;
    const id = unlinkedEntity(h, value.slice(h.start, h.end)).id;
    surnames.set(last, surnames.has(last) && surnames.get(last) !== id ? null : id);
    if (!firstFull.has(last)) firstFull.set(last, h.start);
  }
  const index = new PhraseIndex<string>();
  for (const [surname, owner] of surnames) if (owner !== null) index.set(surname, surname);
  if (index.size === 0) return [...accepted];
  const out: NameHit[] = [];
  const retagged = new Set<NameHit>();
  for (const h of index.find(text)) {
    if (h.start <= (firstFull.get(h.payload) ?? -1) || insideLongerName(text, h.start)) continue;
    const short = { type: 'PERSON', start: h.start, end: h.end, form: 'short', source: 'short-name', coreferent: surnames.get(h.payload)! } as const;
    const same = accepted.find((a) => !a.link && a.type === 'PERSON' && a.start === h.start && a.end === h.end);
    if (same) {
      retagged.add(same);
      out.push({ ...same, form: 'short', coreferent: short.coreferent });
    } else if (!accepted.some((a) => a.form !== 'adjective' && overlaps(a, h))) out.push(short);
  }
  return [...accepted.filter((a) => !retagged.has(a)), ...out];
}
