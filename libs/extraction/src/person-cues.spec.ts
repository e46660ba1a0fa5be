import { describe, expect, it } from '@jest/globals';
import { Gazetteer } from '#knowledge';
import { PersonCues } from './person-cues.js';
import { loadPersonWords } from './person-words.js';

const cues = new PersonCues(Gazetteer.load(), loadPersonWords());
const forced = (sentence: string, tags?: string[]) => {
  const words = sentence.split(' ');
  return [...PersonCues.forcedTags(cues.find(words, tags))].filter(([, tag]) => tag !== 'O').map(([i, tag]) => `${words[i]}:${tag}`);
};

describe('PersonCues', () => {
  it('starts a name after a profession, across its adjectives and nationality', () => {
    expect(forced('وأخيرا حقق الفنان طلعت زكريا حلمه')).toEqual(['طلعت:B-PERS', 'زكريا:I-PERS']);
    expect(forced('عبر مدافعه الدولي العاجي كولو توريه')).toEqual(['كولو:B-PERS', 'توريه:I-PERS']);
    expect(forced('أعلن رجل الاعمال الامريكي ألفريد ديمورا أنه')).toEqual(['ألفريد:B-PERS', 'ديمورا:I-PERS']);
    expect(forced('، والفنانة رانيا فريد شوقي')).toEqual(['رانيا:B-PERS', 'فريد:I-PERS']);
    const words = 'عبر مدافعه الدولي العاجي كولو توريه'.split(' ');
    expect(cues.find(words)).toEqual([{ cue: 1, name: 4, second: true }]);
    // The cue itself is no part of the name.
    expect([...PersonCues.forcedTags(cues.find(words))]).toEqual([[1, 'O'], [2, 'O'], [3, 'O'], [4, 'B-PERS'], [5, 'I-PERS']]);
  });

  it('starts a name after a nationality standing for a person, not one describing the noun before it', () => {
    expect(forced('الثاني عندما سدد البرازيلي كارلوس كوريا كرة')).toEqual(['كارلوس:B-PERS', 'كوريا:I-PERS']);
    expect(forced('وقال الجيش اللبناني محمد علي')).toEqual([]);
    // A club the tagger found before the adjective: «ريال مدريد الاسباني بقوة عندما …».
    expect(forced('ضرب ريال مدريد الاسباني بقوة عندما', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'])).toEqual([]);
  });

  it('starts a name after a byline', () => {
    expect(forced('كتب : محمود صبري ابو تريكة')).toEqual(['محمود:B-PERS', 'صبري:I-PERS']);
    expect(forced('كتب الوزير مقالا')).toEqual([]);
  });

  it('needs a word that can be a name: no article, no function word, a known first name or a second such word', () => {
    expect(forced('وقال اللاعب إن الفريق')).toEqual([]);
    expect(forced('غير أن اللاعب طعن بالتزوير')).toEqual([]);
    // One word, a known first name.
    expect(forced('وقالت الفنانة منى .')).toEqual(['منى:B-PERS']);
  });

  it('leaves a one-word name the tagger found before «ف» or «و» and a verb', () => {
    const sentence = 'انبرى لها مواطنه جونينيو فتابعها بسهولة';
    expect(forced(sentence, ['O', 'O', 'O', 'B-PERS', 'O', 'O'])).toEqual(['جونينيو:B-PERS']);
    expect(forced(sentence)).toEqual(['جونينيو:B-PERS', 'فتابعها:I-PERS']);
  });

  it('does not take a noun in ta marbuta for a profession with its pronoun («مهاجمة» an attack, «مهاجمه» his striker)', () => {
    expect(forced('شن المسلحون مهاجمة مركزين عسكريين')).toEqual([]);
    expect(forced('أصيب مهاجمه صامويل إيتو')).toEqual(['صامويل:B-PERS', 'إيتو:I-PERS']);
  });
});
