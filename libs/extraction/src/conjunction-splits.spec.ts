import { describe, expect, it } from '@jest/globals';
import { splitAtConjunctions } from './conjunction-splits.js';
import { loadPersonWords } from './person-words.js';

const personWords = loadPersonWords();
const split = (sentence: string, type = 'PERS') => {
  const words = sentence.split(' ');
  return splitAtConjunctions({ type, start: 0, end: words.length }, words, personWords).map((s) => words.slice(s.start, s.end).join(' '));
};

describe('splitAtConjunctions', () => {
  it('splits a run of persons before «و» and a name, the «و» going with the second', () => {
    expect(split('وطارق السعيد وحسن مصطفي')).toEqual(['وطارق السعيد', 'وحسن مصطفي']);
    expect(split('محمد خميس وعباس')).toEqual(['محمد خميس', 'وعباس']);
  });

  it('keeps «و» and the article, «ولد» and first names that start with «و» inside the name', () => {
    expect(split('البوسنة والهرسك', 'LOC')).toEqual(['البوسنة والهرسك']);
    expect(split('حضية ولد سلامة')).toEqual(['حضية ولد سلامة']);
    expect(split('حازم وليد')).toEqual(['حازم وليد']);
  });

  it('ends the name at «و» and a function word', () => {
    expect(split('الحسن وسوف')).toEqual(['الحسن']);
  });

  it('keeps a foreign name opening with «وي», «وا» whole, unless a known name follows the «و»', () => {
    expect(split('سارة ويلكنز')).toEqual(['سارة ويلكنز']);
    expect(split('محمد علي وأحمد حسن')).toEqual(['محمد علي', 'وأحمد حسن']);
  });

  it('splits organisations too', () => {
    expect(split('أرسنال وموناكو', 'ORG')).toEqual(['أرسنال', 'وموناكو']);
  });
});
