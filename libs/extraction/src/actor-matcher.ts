import type { Actor, ActorRegistry } from '#knowledge';
import { foldKey } from '#text';
import { insideLongerName } from './name-parts.js';
import { PhraseIndex, phraseKeys, prepareText, type PreparedText } from './phrase-index.js';

export interface ActorHit {
  actor: Actor;
  start: number;
  end: number;
  /**
   * `short`: a surname resolved to the person named in full earlier in the
   * article; `description`: a body named by what it is and whose
   * («الجيش اللبناني», «وزارة الدفاع الروسية») rather than by a proper name.
   */
  via: 'name' | 'short' | 'description';
}

/** Nouns that make «<noun> … <nationality>» a description of a state body rather than its name. */
const STATE_BODIES = new Set(
  ['وزارة', 'القوات', 'الجيش', 'الحكومة', 'الدفاع', 'الخارجية', 'الداخلية', 'البرلمان', 'المخابرات', 'الاستخبارات', 'الشرطة', 'الرئاسة', 'البحرية', 'السلطات', 'الأمن', 'قوات', 'حكومة', 'جيش']
    .map((w) => foldKey(w)),
);
/** «… الروسية», «… اللبناني»: a nisba adjective with the article ends the description. */
const isDescription = (key: string): boolean => {
  const words = key.split(' ');
  const last = words.at(-1)!;
  return words.length >= 2 && STATE_BODIES.has(words[0]!) && last.startsWith('ال') && /(?:ي|يه|ين|يون)$/u.test(last);
};
/** «راشد بن محمد بن راشد آل مكتوم» is the son: a person's name right after «بن» is his father's, inside a longer name. */
const PATRONYMIC = new Set(['بن', 'بنت', 'ابن'].map((w) => foldKey(w)));


/**
 * Finds actors by their full names, variants and former names; then, within
 * the article, the short forms of the persons it found — «شويغو» two
 * paragraphs after «سيرغي شويغو» — but never before the first full mention,
 * and never a short form two of them share.
 */
export class ActorMatcher {
  private readonly names = new PhraseIndex<{ actor: Actor; description: boolean }>();

  constructor(registry: ActorRegistry) {
    const candidates = new Map<string, Actor[]>();
    for (const actor of registry.actors()) {
      for (const name of [...actor.aliases.en, ...actor.aliases.ar]) {
        for (const key of phraseKeys(name)) candidates.set(key, [...new Set([...(candidates.get(key) ?? []), actor])]);
      }
    }
    // A name two actors share is left unlinked rather than guessed.
    for (const [key, actors] of candidates) if (actors.length === 1) this.names.set(key, { actor: actors[0]!, description: isDescription(key) });
  }

  /** `seen`: actors named in full earlier in the article (in its title, say), whose short names count from the start. */
  find(input: string | PreparedText, seen: ReadonlySet<Actor> = new Set()): ActorHit[] {
    const text = typeof input === 'string' ? prepareText(input) : input;
    const full: ActorHit[] = this.names
      .find(text, (p, words, i) => p.actor.type !== 'person' || !PATRONYMIC.has(words[i - 1] ?? ''))
      .map((h) => ({ actor: h.payload.actor, start: h.start, end: h.end, via: h.payload.description ? 'description' : 'name' }));
    const firstSeen = new Map<Actor, number>([...seen].map((a) => [a, -1]));
    for (const h of full) if (!firstSeen.has(h.actor)) firstSeen.set(h.actor, h.start);
    // Two people found in one article with the same short name: neither gets it.
    const owners = new Map<string, Actor | null>();
    for (const actor of firstSeen.keys()) {
      for (const name of [...actor.shortNames.en, ...actor.shortNames.ar]) {
        for (const key of phraseKeys(name)) owners.set(key, owners.has(key) && owners.get(key) !== actor ? null : actor);
      }
    }
    const shortIndex = new PhraseIndex<Actor>();
    for (const [key, owner] of owners) if (owner !== null) shortIndex.set(key, owner);
    if (shortIndex.size === 0) return full;
    const covered = (start: number, end: number) => full.some((h) => h.start < end && start < h.end);
    const short = shortIndex
      .find(text)
      .filter((h) => h.start > firstSeen.get(h.payload)! && !covered(h.start, h.end))
      .filter((h) => !insideLongerName(text, h.start))
      .map((h): ActorHit => ({ actor: h.payload, start: h.start, end: h.end, via: 'short' }));
    return [...full, ...short].sort((a, b) => a.start - b.start);
  }
}
