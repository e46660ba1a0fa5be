import { describe, expect, it } from '@jest/globals';
import { ActorRegistry, Gazetteer } from '#knowledge';
import { CONFIDENCE } from './confidence.js';
import { EntityExtractor } from './entity-extractor.js';
import { loadPersonWords } from './person-words.js';
import { NerTagger } from './tagger/ner-tagger.js';

const extractor = new EntityExtractor(Gazetteer.load());
const ids = (title: string, text: string) => extractor.extract({ title, text }).map((e) => e.id).sort();

describe('EntityExtractor (countries and capitals)', () => {
  it('finds Arabic names through clitics and spelling variants, with exact offsets', () => {
    const text = 'وصل الوفد إلى دمشق. وقال إن سورية ستعمل مع روسيا وبالجزائر وللعراق.';
    const entities = extractor.extract({ title: '', text });
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect([...byId.keys()].sort()).toEqual(['place:country:DZ', 'place:country:IQ', 'place:country:RU', 'place:country:SY', 'place:geonames:170654']);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(byId.get('place:country:DZ')!.mentions[0]!.text).toBe('وبالجزائر');
    expect(byId.get('place:geonames:170654')!.ancestors).toEqual([
      'place:ocha:SY0100', 'place:ocha:SY01', 'place:country:SY', 'place:region:middle-east', 'place:region:levant', 'place:region:arab-world',
    ]);
  });

  it('ignores diacritics and tatweel in the text', () => {
    expect(ids('', 'زار الرئيسُ دِمَشْـــق أمس')).toEqual(['place:geonames:170654']);
  });

  it('matches English names with their capitalisation only', () => {
    expect(ids('Talks in Moscow', 'The United States and the UK said so.')).toEqual([
      'place:country:GB', 'place:country:US', 'place:geonames:524901',
    ]);
    // "male" the word is not Malé the capital, nor "china" the porcelain China.
    expect(ids('', 'a male nurse bought fine china')).toEqual([]);
  });

  it('prefers the longest name: North Korea, not Korea', () => {
    expect(ids('', 'كوريا الشمالية تطلق صاروخا')).toEqual(['place:country:KP']);
  });

  it('does not match common words that share a spelling with a place', () => {
    // مالي = "financial"; عمان is both Oman and Amman, so it is left ambiguous.
    expect(ids('', 'قدمت دعما ماليا ومالي كبير في عمان')).toEqual([]);
  });

  it('gives each mention the sentence around it as evidence', () => {
    const text = 'جملة أولى. ثم وصل الوفد إلى دمشق صباحا. جملة أخيرة.';
    const [entity] = extractor.extract({ title: '', text });
    const s = entity!.mentions[0]!.sentence;
    expect(text.slice(s.start, s.end)).toBe('ثم وصل الوفد إلى دمشق صباحا.');
  });
});

describe('EntityExtractor (Syria to community level, regions, adjectives)', () => {
  const found = (text: string) =>
    extractor.extract({ title: '', text }).map((e) => ({ id: e.id, surfaces: e.mentions.map((m) => m.text) }));

  it('links a town, its governorate by «ريف …», and keeps the whole chain', () => {
    const text = 'تعرضت أطراف بلدة قلعة المضيق بريف حماة الغربي لقصف مدفعي.';
    const entities = extractor.extract({ title: '', text });
    expect(entities.map((e) => e.id)).toEqual(['place:geonames:166227', 'place:ocha:SY05']);
    expect(entities[0]!.ancestors.slice(0, 3)).toEqual(['place:ocha:SY0502', 'place:ocha:SY05', 'place:country:SY']);
    expect(entities[1]!.mentions[0]!.text).toBe('بريف حماة');
  });

  it('peels a clitic off a two-letter first word of a longer name only («وتل هواش»)', () => {
    expect(found('غارات على الجنابرة وتل هواش')).toEqual([{ id: 'place:ocha:C3197', surfaces: ['وتل هواش'] }]);
  });

  it('reads a country name that is also its adjective as the name («لسورية»)', () => {
    const [syria] = extractor.extract({ title: '', text: 'تقديره لمواقف بيونغ يانغ الداعمة لسورية' }).filter((e) => e.id === 'place:country:SY');
    expect(syria!.mentions.map((m) => `${m.text}:${m.form}`)).toEqual(['لسورية:name']);
  });

  it('reads «حماه» and «حماة» as the same city', () => {
    expect(found('دخلت القوات حماه ثم غادرت حماة')).toEqual([{ id: 'place:geonames:170017', surfaces: ['حماه', 'حماة'] }]);
  });

  it('links country adjectives in Arabic and English to the country', () => {
    expect(found('قالت وزارة الدفاع الروسية إن القوات السورية والروس تقدموا')).toEqual([
      { id: 'place:country:RU', surfaces: ['الروسية'] },
      { id: 'place:country:SY', surfaces: ['السورية'] },
    ]);
    expect(found('Syrian troops and Russian aircraft')).toEqual([
      { id: 'place:country:SY', surfaces: ['Syrian'] },
      { id: 'place:country:RU', surfaces: ['Russian'] },
    ]);
  });

  it('names regions, which are the ancestors of their countries', () => {
    expect(found('توتر في الشرق الأوسط')).toEqual([{ id: 'place:region:middle-east', surfaces: ['الشرق الأوسط'] }]);
  });

  it('needs a place word before a village whose name is a common word', () => {
    expect(found('طالب المحتجون بالحرية والكرامة')).toEqual([]);
    expect(found('فتح الباب أمام الحوار')).toEqual([]);
    expect(found('وصلت القافلة إلى بلدة الكرامة شرق الرقة').map((e) => e.id)).toContain('place:geonames:4273');
    expect(found('سيطرت القوات على مدينة الباب').map((e) => e.id)).toEqual(['place:geonames:174018']);
  });

  it('lets a list after a plural place word share it, item by item joined with «و»', () => {
    // «الرصيف» (a Hama village) is also "the pavement".
    expect(found('تعرضت بلدات السقيلبية ومحردة والرصيف لقصف').map((e) => e.id)).toEqual(['place:geonames:163921', 'place:geonames:166742', 'place:ocha:C3205']);
    expect(found('قصفت السقيلبية والرصيف')).toEqual([{ id: 'place:geonames:163921', surfaces: ['السقيلبية'] }]);
  });

  it('leaves a name that several villages share unlinked rather than guessing', () => {
    // «الطيبة» names six Syrian communities of equal standing.
    expect(found('قرية الطيبة')).toEqual([]);
  });

  it('picks the village of a shared name that lies in the district of the places named with it', () => {
    // Several villages are called «العزيزية»; one is in the district of As-Suqaylabiyah.
    const ids = found('تعرضت بلدات السقيلبية ومحردة والعزيزية لقصف').map((e) => e.id);
    expect(ids).toEqual(['place:geonames:163921', 'place:geonames:166742', 'place:ocha:C3189']);
    expect(found('وصل الوفد إلى العزيزية')).toEqual([]);
  });
});

describe('EntityExtractor (named sites)', () => {
  it('links camps and bases to the place that holds them', () => {
    const [rukban] = extractor.extract({ title: '', text: 'دخول مخيم «الركبان» للتوزيع العادل للمساعدات' });
    expect(rukban!.id).toBe('place:site:rukban-camp');
    expect(rukban!.ancestors.slice(0, 2)).toEqual(['place:ocha:SY04', 'place:country:SY']);
  });
});

describe('EntityExtractor (towns abroad)', () => {
  const found = (text: string) =>
    extractor.extract({ title: '', text }).map((e) => ({ id: e.id, surfaces: e.mentions.map((m) => m.text) }));

  it('links a town abroad with its chain: Mosul → Nineveh → Iraq → regions', () => {
    const [mosul] = extractor.extract({ title: '', text: 'اشتباكات في الموصل أمس' });
    expect(mosul!.id).toBe('place:geonames:99072');
    expect(mosul!.ancestors).toEqual(['place:geonames-admin1:IQ.15', 'place:country:IQ', 'place:region:middle-east', 'place:region:arab-world']);
    expect(found('قصف في محافظة نينوى')).toEqual([{ id: 'place:geonames-admin1:IQ.15', surfaces: ['محافظة نينوى'] }]);
  });

  it('needs a place word before a town abroad whose name is a common word', () => {
    // «وان» reads as «و» + «أن» ("and that"); «العين» is "the eye".
    expect(found('وقال وان الحكومة أصيبت في العين')).toEqual([]);
    expect(found('زلزال يضرب مدينة وان التركية').map((e) => e.id)).toContain('place:geonames:298117');
  });

  it('gives a shared name to the far bigger town, and a prominent place over towns abroad', () => {
    // Raqqa (Syria, 178k) over a Kuwaiti suburb of the same name, which needs a place word anyway.
    expect(found('معارك في الرقة').map((e) => e.id)).toEqual(['place:geonames:172955']);
  });

  it('links Kant air base (Kyrgyzstan) to its province', () => {
    const [kant] = extractor.extract({ title: '', text: 'وصلت طائرات إلى قاعدة كانت الجوية' });
    expect(kant!.id).toBe('place:site:kant-air-base');
    expect(kant!.ancestors).toEqual(['place:geonames-admin1:KG.02', 'place:country:KG', 'place:region:central-asia']);
  });
});

describe('EntityExtractor (review fixes)', () => {
  const ids = (text: string) => extractor.extract({ title: '', text }).map((e) => e.id).sort();

  it('lets a capital win over a village abroad with the same name, not over another capital', () => {
    expect(ids('زار الوفد القاهرة ثم الرياض')).toEqual(['place:geonames:108410', 'place:geonames:360630']);
  });

  it('gives a state its adjective, not the territories that share it', () => {
    expect(ids('French and American officials')).toEqual(['place:country:FR', 'place:country:US']);
  });

  it('keeps trailing diacritics inside the mention', () => {
    const text = 'وصلوا إلى دمشقَ أمس';
    const [e] = extractor.extract({ title: '', text });
    expect(text.slice(e!.mentions[0]!.start, e!.mentions[0]!.end)).toBe('دمشقَ');
  });
});

describe('EntityExtractor output, with the tagger (what the enricher emits)', () => {
  const gazetteer = Gazetteer.load();
  const full = new EntityExtractor(gazetteer, ActorRegistry.load(), { tagger: NerTagger.load(gazetteer), personWords: loadPersonWords() });

  it('gives a linked town its type, names, coordinates, country, chain and confidence', () => {
    const [town] = full.extract({ title: '', text: 'قصف على بلدة قلعة المضيق صباح اليوم.' });
    expect(town).toMatchObject({
      id: 'place:geonames:166227', type: 'LOCATION', category: 'town', name: 'Qalaat al-Madiq', nameAr: 'قلعة المضيق',
      country: 'place:country:SY', confidence: CONFIDENCE.knowledgeBase,
    });
    expect(town!.lat).toBeCloseTo(35.41, 1);
    expect(town!.lon).toBeCloseTo(36.39, 1);
    expect(town!.ancestors.slice(0, 2)).toEqual(['place:ocha:SY0502', 'place:ocha:SY05']);
  });

  it('adds the names the knowledge base lacks, unlinked, with the title as role and the tagger\'s confidence', () => {
    // An invented minister, so that the knowledge base cannot know her.
    const text = 'وقالت وزيرة الخارجية الأمريكية سارة ويلكنز إن واشنطن لن تتراجع. وصرح رئيس شركة أرامكو خالد الفالح للصحفيين.';
    const byName = new Map(full.extract({ title: '', text }).map((e) => [e.name, e]));
    expect(byName.get('سارة ويلكنز')).toMatchObject({
      id: 'unlinked:person:ساره_ويلكنز', type: 'PERSON', category: 'unlinked',
      role: 'وزيرة الخارجية الأمريكية', country: 'place:country:US', confidence: CONFIDENCE.titledName,
      // The ministry in the title is the person's affiliation: a subscription to the US as an actor catches her.
      ancestors: ['actor:org:us-state-department', 'actor:org:us-government', 'place:country:US'],
    });
    expect(byName.get('أرامكو')).toMatchObject({ type: 'ORG', category: 'unlinked', confidence: CONFIDENCE.tagger.ORG });
    expect(byName.get('Washington D.C.')).toMatchObject({ type: 'LOCATION', category: 'capital' });
  });

  it('takes a person introduced by a profession and a nationality, with the cue as role and the country it names', () => {
    const text = 'وتعرض مهاجمه الدولي الكاميروني صامويل إيتو لإصابة. وسيغيب إيتو عن لقاء الأحد.';
    const person = full.extract({ title: '', text }).find((e) => e.type === 'PERSON');
    expect(person).toMatchObject({
      id: 'unlinked:person:صامويل_ايتو', name: 'صامويل إيتو', role: 'مهاجمه الدولي الكاميروني', country: 'place:country:CM', confidence: CONFIDENCE.cuedPerson,
    });
    // The surname alone later is the same person; offsets point into the text.
    expect(person!.mentions.map((m) => [m.text, text.slice(m.start, m.end), m.form])).toEqual([['صامويل إيتو', 'صامويل إيتو', 'name'], ['إيتو', 'إيتو', 'short']]);
  });

  it('takes no place word alone for a place, whatever the tagger says', () => {
    const text = 'غارات على الجنابرة وتل هواش ومحيط قلعة المضيق.';
    expect(full.names({ title: '', text }).map((n) => text.slice(n.start, n.end))).not.toContain('ومحيط');
  });

  it('lets an organisation name the tagger found keep the place inside it', () => {
    const names = full.names({ title: '', text: 'فاز ريال مدريد على ضيفه أمس.' });
    expect(names.map((n) => [n.type, n.source])).toEqual([['ORG', 'tagger']]);
  });
});

describe('EntityExtractor (state bodies and places inside actor names)', () => {
  const withActors = new EntityExtractor(Gazetteer.load(), ActorRegistry.load());
  const found = (text: string) => withActors.extract({ title: '', text }).map((e) => e.id).sort();

  it("takes another state's adjective after a state body's name for that state's body", () => {
    expect(found('قصف جيش الاحتلال الإسرائيلي القرية.')).toContain('actor:org:il-army');
    expect(found('قصف جيش الاحتلال التركي القرية.')).not.toContain('actor:org:il-army');
  });

  it("puts no place over any part of an actor's name", () => {
    expect(found('شن التحالف الدولي بقيادة الولايات المتحدة الأميركية غارات.')).toEqual(['actor:igo:us-led-coalition']);
  });
});

describe('EntityExtractor (a canal is not a channel)', () => {
  it('keeps the known place after «قناة» and its link', () => {
    const tagged = new EntityExtractor(Gazetteer.load(), ActorRegistry.load(), { tagger: NerTagger.load(Gazetteer.load()), personWords: loadPersonWords() });
    const entities = tagged.extract({ title: '', text: 'عبرت السفينة قناة بنما أمس.' });
    expect(entities.map((e) => [e.type, e.id])).toEqual([['LOCATION', 'place:country:PA']]);
  });
});
