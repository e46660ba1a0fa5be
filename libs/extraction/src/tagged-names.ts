import { foldKey, tokenizeWithPunctuation, type SentenceSpan } from '#text';
import { splitAtConjunctions } from './conjunction-splits.js';
import { spansOf } from './evaluation/conll.js';
import { entityTypeOfConll, type NameHit } from './name-hit.js';
import type { OrgCues } from './org-cues.js';
import { PersonCues, type PersonCue } from './person-cues.js';
import type { NerTagger } from './tagger/ner-tagger.js';

export interface TaggedNameOptions {
  /** Professions and nationalities that introduce persons. */
  cues?: PersonCues;
  /** Heads that introduce organisations («نادي …», «صحيفة …»). */
  orgCues?: OrgCues;
  /** Folded words of person names: first names that start with «و» («وليد») split nothing. */
  personWords?: ReadonlySet<string>;
}

/**
 * Names the statistical tagger finds, as offsets in the original text. The
 * tagger sees the text's sentences as one document (a name found in one
 * sentence helps find it in the others), each split the way its training
 * corpus was (punctuation apart). With `cues`, a person's name is made to
 * start where a profession or nationality introduces one («الفنان …»): the
 * tagger decides how far it runs, and the person found is a 'cued-person'
 * with the cue as its role; likewise an organisation after a head that
 * names its kind («نادي …», 'cued-org'). A run of names joined by «و» that the tagger
 * took for one is split (conjunction-splits.ts).
 */
export function taggedNames(tagger: NerTagger, text: string, sentences: readonly SentenceSpan[], options: TaggedNameOptions = {}): NameHit[] {
  const { cues, orgCues, personWords = new Set<string>() } = options;
  const tokenised = sentences.map((s) => tokenizeWithPunctuation(text.slice(s.start, s.end)));
  const words = tokenised.map((tokens) => tokens.map((t) => t.text));
  let cued: PersonCue[][] = [];
  let orgStarts: number[][] = [];
  const constrain = (first: readonly (readonly string[])[]) => {
    const folded = words.map((w) => w.map((t) => foldKey(t)));
    cued = words.map((w, j) => cues?.find(w, first[j], folded[j]) ?? []);
    orgStarts = words.map((w, j) => orgCues?.find(w, folded[j]) ?? []);
    return cued.map((c, j) => {
      if (c.length === 0 && orgStarts[j]!.length === 0) return undefined;
      const forced = PersonCues.forcedTags(c);
      for (const i of orgStarts[j]!) if (!forced.has(i)) forced.set(i, 'B-ORG');
      return forced;
    });
  };
  const tags = tagger.tagDocument(words, cues || orgCues ? constrain : undefined);
  const hits: NameHit[] = [];
  tokenised.forEach((tokens, j) => {
    const offset = sentences[j]!.start;
    for (const whole of spansOf(tags[j]!)) for (const span of splitAtConjunctions(whole, words[j]!, personWords)) {
      const type = entityTypeOfConll(span.type);
      if (type === undefined) continue;
      const hit: NameHit = { type, start: offset + tokens[span.start]!.start, end: offset + tokens[span.end - 1]!.end, form: 'name', source: 'tagger' };
      const cue = type === 'PERSON' ? cued[j]?.find((c) => c.name === span.start) : undefined;
      if (cue) {
        hit.source = 'cued-person';
        hit.role = text.slice(offset + tokens[cue.cue]!.start, hit.start).trim();
      } else if (type === 'ORG' && orgStarts[j]?.includes(span.start)) hit.source = 'cued-org';
      hits.push(hit);
    }
  });
  return hits;
}
