import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_NAME_LEXICON } from './tagger/ner-tagger.js';

/** Folded words of person names from the name lists shipped with the tagger (data/name-lexicon.json). */
export function loadPersonWords(file = DEFAULT_NAME_LEXICON): Set<string> {
  const parsed = z.object({ person: z.array(z.string()) }).parse(JSON.parse(readFileSync(file, 'utf8')));
  return new Set(parsed.person);
}
