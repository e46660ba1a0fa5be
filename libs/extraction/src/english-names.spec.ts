import { describe, expect, it } from '@jest/globals';
import { sentenceSpans } from '#text';
import { englishNames } from './english-names.js';

const names = (text: string) => englishNames(text, sentenceSpans(text)).map((h) => `${h.type}:${text.slice(h.start, h.end)}`);

describe('englishNames', () => {
  it('types capitalised runs by their words and the word before them', () => {
    expect(names('The Syrian Observatory for Human Rights said John Kerry arrived in Geneva.')).toEqual([
      'ORG:Syrian Observatory for Human Rights', 'PERSON:John Kerry', 'LOCATION:Geneva',
    ]);
  });

  it('keeps "of the" inside a name but splits names joined by "and"', () => {
    expect(names('He met the Organisation for the Prohibition of Chemical Weapons, Bashar al-Assad and the Free Syrian Army.')).toEqual([
      'ORG:Organisation for the Prohibition of Chemical Weapons', 'PERSON:Bashar al-Assad', 'ORG:Free Syrian Army',
    ]);
  });

  it('takes no sentence-opening word, weekday, title or lone capitalised word as a name', () => {
    expect(names('However, on Monday the President spoke. Officials said Aleppo was calm.')).toEqual([]);
  });

  it('leaves Arabic text to the tagger', () => {
    expect(names('قال وزير الخارجية إن المحادثات مستمرة.')).toEqual([]);
  });
});
