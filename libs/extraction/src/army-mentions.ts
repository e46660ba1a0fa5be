import type { Actor } from '#knowledge';
import { entityTypeOfActor } from './entity-records.js';
import { overlaps, type NameHit } from './name-hit.js';
import { PhraseIndex, type PreparedText } from './phrase-index.js';

/**
 * «تصدت وحدات الجيش لهجوم …» then «وقال مصدر إن وحدات الجيش السوري …»: a
 * story names its army in full once and otherwise says «الجيش». Where the
 * article names exactly one national army (a military actor the knowledge
 * base calls «الجيش …», not a staff or a command; two entries for one
 * country count once), a bare «الجيش» (with its clitics: «للجيش», «والجيش»)
 * near a full mention in the same field (within NEAR characters, about two
 * sentences, before or after it) is that army: an article about Libya that
 * names «الجيش اليمني» once does not make its every «الجيش» Yemen's. A
 * definite word after it makes another body («الجيش الحر», «الجيش الوطني»),
 * which is left alone. The mention's form is `description`: it names the
 * army by what it is, as «الجيش السوري» does.
 */
const NEAR = 400;
const ARMY = new PhraseIndex<true>();
ARMY.set('الجيش', true);

/** An army the knowledge base calls «الجيش …» (not a staff, a command or a ministry). */
const isArmy = (a: Actor): boolean => a.type === 'military' && a.country !== null && [a.names.ar, ...a.aliases.ar].some((n) => /^(?:ال)?جيش(?:\s|$)/u.test(n));

/** The one national army among the actors an article names, if there is exactly one (by country). */
export function soleArmy(actors: ReadonlySet<Actor>): Actor | undefined {
  const armies = [...actors].filter(isArmy);
  return new Set(armies.map((a) => a.country)).size === 1 ? armies[0] : undefined;
}

export function withArmyMentions(text: PreparedText, accepted: readonly NameHit[], army: Actor | undefined): NameHit[] {
  if (army === undefined) return [...accepted];
  const full = accepted.filter((a) => a.link !== undefined && 'actor' in a.link && a.link.actor.country === army.country && isArmy(a.link.actor));
  const out = [...accepted];
  for (const hit of ARMY.find(text, (_, all, i) => !/^ال/u.test(all[i + 1] ?? ''))) {
    if (accepted.some((a) => overlaps(a, hit))) continue;
    if (!full.some((f) => Math.abs(f.start - hit.start) <= NEAR)) continue;
    out.push({ type: entityTypeOfActor(army), start: hit.start, end: hit.end, form: 'description', source: 'short-name', link: { actor: army } });
  }
  return out;
}
