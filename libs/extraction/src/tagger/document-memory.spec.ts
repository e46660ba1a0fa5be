import { describe, expect, it } from '@jest/globals';
import { DocumentMemory } from './document-memory.js';

describe('DocumentMemory', () => {
  const memory = new DocumentMemory();
  memory.add(['رئيس', 'عراقي', 'جلال', 'طالباني'], ['O', 'O', 'B-PERS', 'I-PERS']);
  memory.add(['قال', 'طالباني', 'في', 'بغداد'], ['O', 'O', 'O', 'B-LOC']);

  it('gives the types the first pass gave the word elsewhere, not where it stands', () => {
    expect(memory.elsewhere('طالباني', 'O')).toEqual(['PERS']);
    expect(memory.elsewhere('طالباني', 'I-PERS')).toEqual(['O']);
  });

  it('gives nothing for a word met once, or too short to tell', () => {
    expect(memory.elsewhere('بغداد', 'B-LOC')).toEqual([]);
    expect(memory.elsewhere('في', 'O')).toEqual([]);
  });
});
