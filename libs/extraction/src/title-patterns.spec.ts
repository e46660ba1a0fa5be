import { describe, expect, it } from '@jest/globals';
import { ActorRegistry, Gazetteer } from '#knowledge';
import { EntityExtractor } from './entity-extractor.js';

// No tagger: what titles alone find, with the knowledge base around them.
// The persons named here are invented, so the knowledge base cannot know them.
const extractor = new EntityExtractor(Gazetteer.load(), ActorRegistry.load(), { personWords: new Set(['سعيد']) });
const unlinked = (text: string) =>
  extractor
    .extract({ title: '', text })
    .filter((e) => e.category === 'unlinked')
    .map((e) => ({ type: e.type, name: e.name, role: e.role, country: e.country, mentions: e.mentions.map((m) => `${m.text}:${m.form}`) }));

describe('names introduced by titles and roles', () => {
  it('takes a name after a rank, with the whole title as role and the country the title names', () => {
    const text = 'وقال شويغو خلال مباحثات مع رئيس هيئة الأركان العامة للقوات المسلحة القرغيزية اللواء كمال بردييف تورسونوف في بيشكيك أمس.';
    expect(unlinked(text)).toEqual([
      { type: 'PERSON', name: 'كمال بردييف تورسونوف', role: 'رئيس هيئة الأركان العامة للقوات المسلحة القرغيزية اللواء', country: 'place:country:KG', mentions: ['كمال بردييف تورسونوف:name'] },
    ]);
  });

  it('ties the surname alone, later in the article, to the full name', () => {
    const text = 'التقى الوزير اللواء كمال بردييف تورسونوف أمس.\n\nوقال تورسونوف إن التعاون مستمر.';
    expect(unlinked(text)[0]!.mentions).toEqual(['كمال بردييف تورسونوف:name', 'تورسونوف:short']);
  });

  it('stops a name at a verb, a function word or a second title', () => {
    expect(unlinked('استقبل اللواء كمال بردييف وقال إن الزيارة مهمة.').map((e) => e.name)).toEqual(['كمال بردييف']);
    expect(unlinked('قال الرئيس إن الزيارة مهمة.')).toEqual([]);
  });

  it('needs a known first name after a weak title, or a rank', () => {
    // «الفريق» is also "the team": only a listed first name makes a person of what follows.
    expect(unlinked('وأكد أن الفريق جاهز تماما للمباراة.')).toEqual([]);
    expect(unlinked('وأكد مدير النادي سعيد أحمد أن الفريق جاهز.').map((e) => e.name)).toEqual(['سعيد أحمد']);
  });

  it('does not re-find a person the knowledge base links', () => {
    const entities = extractor.extract({ title: '', text: 'وأعلن وزير الدفاع الروسي سيرغي شويغو وصول التعزيزات.' });
    expect(entities.filter((e) => e.type === 'PERSON').map((e) => e.id)).toEqual(['actor:person:sergei-shoigu']);
  });

  it('reads English titles by the capitals that follow', () => {
    expect(unlinked('Deputy Foreign Minister Sergei Ryabkov said on Monday that talks would go on.')).toEqual([
      { type: 'PERSON', name: 'Sergei Ryabkov', role: 'Deputy Foreign Minister', country: undefined, mentions: ['Sergei Ryabkov:name'] },
    ]);
  });

  it('takes an organisation named in quotes after a head word, or «منظمة» and definite words', () => {
    const text = 'وتبنى تنظيم «جيش العزة» الهجوم، فيما دانته منظمة العفو الدولية.';
    const orgs = unlinked(text).filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.name)).toEqual(['جيش العزة', 'منظمة العفو الدولية']);
  });

  it('reads a name that starts like the article («آلان», «ألفريد») as a name after a title', () => {
    expect(unlinked('وقال الجنرال الفرنسي آلان بيللغريني إن الاتفاق صامد.').map((e) => [e.name, e.role])).toEqual([['آلان بيللغريني', 'الجنرال الفرنسي']]);
  });

  it('takes a bank by its masculine adjectives, not the feminine ones of what follows it', () => {
    expect(unlinked('وافقت الجمعية العمومية للبنك التجاري على الخطة.').map((e) => e.name)).toEqual(['للبنك التجاري']);
    expect(unlinked('وللوفاء بمتطلبات البنك الرأسمالية طويلة الأجل.')).toEqual([]);
  });

  it('reads «لل» in a title as its article («وزير الدولة للشؤون الخارجية أنور قرقاش»)', () => {
    expect(unlinked('قال وزير الدولة للشؤون الخارجية سعيد بردييف إن الاجتماع مهم.').map((e) => e.name)).toEqual(['سعيد بردييف']);
  });
});
