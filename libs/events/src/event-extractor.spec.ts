import { describe, expect, it } from '@jest/globals';
import { EntityExtractor } from '#extraction';
import { ActorRegistry, Gazetteer } from '#knowledge';
import { EventExtractor, type EventParts } from './event-extractor.js';
import type { TriggerHit } from './triggers/trigger-matcher.js';

// The real knowledge-base entities; triggers, casualties and dates from a
// small table here, so that this spec tests how events are assembled.
const entities = new EntityExtractor(Gazetteer.load(), ActorRegistry.load());
const TRIGGERS: Record<string, Omit<TriggerHit, 'start' | 'end'>> = {
  'غارات': { type: 'ASSAULT', mode: 'aerial', cameo: '195', phrase: 'غارات' },
  'شن': { type: 'ASSAULT', cameo: '190', phrase: 'شن' },
  'يشن': { type: 'ASSAULT', cameo: '190', phrase: 'يشن' },
  'تعزيزات': { type: 'MOBILIZE', mode: 'troops', cameo: '15', phrase: 'تعزيزات' },
  'تدعو': { type: 'REQUEST', cameo: '020', phrase: 'تدعو' },
  'لقائه': { type: 'CONSULT', cameo: '040', phrase: 'لقاء' },
  'مباحثات': { type: 'CONSULT', cameo: '040', phrase: 'مباحثات' },
  'تصدت': { type: 'ASSAULT', cameo: '190', phrase: 'تصدت' },
  'يلتقي': { type: 'CONSULT', cameo: '040', phrase: 'يلتقي' },
  'لهجوم': { type: 'ASSAULT', cameo: '190', phrase: 'هجوم' },
  'سيطرت': { type: 'COERCE', mode: 'seize', cameo: '192', phrase: 'سيطرت' },
  'يقصف': { type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', phrase: 'يقصف' },
};
const parts: EventParts = {
  triggers: (text) =>
    Object.entries(TRIGGERS).flatMap(([w, t]) => [...text.matchAll(new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'gu'))].map((m) => ({ ...t, start: m.index, end: m.index + w.length }))),
  casualties: (sentence) => {
    const figure = /مقتل (\d+)/u.exec(sentence);
    if (figure) return { killed: Number(figure[1]) };
    return sentence.includes('مقتل خمسة') ? { killed: 5 } : sentence.includes('مقتل ستة') ? { killed: 6 } : {};
  },
  date: (sentence, published) => (sentence.includes('أمس') && published ? new Date(published.getTime() - 86_400_000).toISOString().slice(0, 10) : undefined),
};
const events = new EventExtractor(parts);
const run = (text: string) => {
  const article = { title: '', text, publishedAt: '2026-11-20T09:00:00Z' };
  return events.extract(article, entities.extract(article));
};

describe('EventExtractor', () => {
  it('assembles type, mode, source after an Arabic verb, target after «على», the most specific place, casualties and date', () => {
    const [event] = run('أغار الطيران الحربي الروسي أمس بعشر غارات على مواقع تنظيم داعش في قلعة المضيق بريف حماة، ما أسفر عن مقتل خمسة مسلحين.');
    expect(event).toMatchObject({
      type: 'ASSAULT', mode: 'aerial', cameo: '19', source: 'actor:org:ru-aerospace-forces', target: 'actor:group:isis',
      place: 'place:geonames:166227', killed: 5, date: '2026-11-19', story: 0,
    });
    expect(event!.severity).toBeGreaterThan(80);
    expect(event!.evidence.text.startsWith('أغار الطيران')).toBe(true);
  });

  it('tells a happening once per story, however often the story restates it', () => {
    const text = 'شن الطيران الحربي الروسي غارات على قلعة المضيق.\n\nوقال مصدر إن الطيران الحربي الروسي شن غارات على قلعة المضيق.';
    expect(run(text)).toHaveLength(1);
  });

  it('takes a retelling with details into the event it retells, and keeps a second happening apart', () => {
    const retold = run('شن الطيران الحربي الروسي غارات على مواقع في قلعة المضيق.\n\nوقال مصدر محلي إن غارات الطيران أسفرت عن مقتل خمسة مسلحين.');
    expect(retold.map((e) => [e.evidence.text.slice(0, 2), e.place, e.killed])).toEqual([['شن', 'place:geonames:166227', 5]]);
    const second = run('شن الطيران الحربي الروسي غارات على مواقع في قلعة المضيق.\n\nمن جهة أخرى، قال مصدر محلي إن غارات أسفرت عن مقتل خمسة مسلحين.');
    expect(second).toHaveLength(2);
  });

  it('takes a statement in the present as said, and a deed in the present as a description', () => {
    expect(run('روسيا تدعو إلى فتح ممرات إنسانية في ريف حماة.').map((e) => e.type)).toEqual(['REQUEST']);
    expect(run('يقصف الجيش السوري بانتظام مناطق في ريف حماة.')).toEqual([]);
  });

  it('leaves out background: «يذكر أن», «مؤخراً», the pluperfect, thousands of raids, a fight named as a cause to combat', () => {
    expect(run('يذكر أن الطيران الحربي الروسي شن غارات على ريف حماة الشهر الماضي.')).toEqual([]);
    expect(run('ومؤخراً شن الطيران الحربي غارات على ريف حماة.')).toEqual([]);
    expect(run('وكان الطيران الحربي الروسي قد شن غارات على ريف حماة.')).toEqual([]);
    expect(run('ويقود التحالف ائتلافاً نفذ آلاف غارات على مواقع التنظيم.')).toEqual([]);
    expect(run('شن الطيران الحربي الروسي غارات على ريف حماة.')).toHaveLength(1);
  });

  it("takes a meeting's counterpart after «مع» or after a noun carrying its agent as a pronoun for the target", () => {
    const [met] = run('أشاد وزير الدفاع الروسي سيرغي شويغو بالتعاون خلال لقائه وزير الخارجية السوري وليد المعلم في موسكو.');
    expect(met).toMatchObject({ type: 'CONSULT', source: 'actor:person:sergei-shoigu', target: 'actor:person:walid-al-muallem' });
    const [talks] = run('أجرى وزير الخارجية السوري وليد المعلم مباحثات مع وزير الدفاع الروسي سيرغي شويغو.');
    expect(talks).toMatchObject({ type: 'CONSULT', source: 'actor:person:walid-al-muallem', target: 'actor:person:sergei-shoigu' });
  });

  it('keeps a second happening in the same place apart when it gives other figures', () => {
    const text = 'شن الطيران الحربي الروسي غارات على قلعة المضيق أسفرت عن مقتل خمسة.\n\nوشن الطيران الحربي الروسي غارات على قلعة المضيق أسفرت عن مقتل ستة.';
    expect(run(text).map((e) => e.killed)).toEqual([5, 6]);
    expect(run(text.replace('مقتل ستة', 'مقتل خمسة'))).toHaveLength(1);
  });

  it('takes the defender for the target and the repelled attacker for the source («تصدت … لهجوم نفذه …»)', () => {
    const [fight] = run('تصدت وحدات الجيش السوري لهجوم نفذه مسلحو تنظيم «أنصار التوحيد» في قلعة المضيق.');
    expect(fight).toMatchObject({ type: 'ASSAULT', source: 'actor:group:ansar-al-tawhid', target: 'actor:org:sy-army' });
  });

  it('dates an undated event by the event told before it in its story, and leaves an undated lead undated', () => {
    const text = 'شن الطيران الحربي الروسي أمس غارات على قلعة المضيق. وأرسل الجيش السوري تعزيزات إلى ريف حماة.';
    expect(run(text).map((e) => [e.type, e.date])).toEqual([['ASSAULT', '2026-11-19'], ['MOBILIZE', '2026-11-19']]);
    expect(run('أرسل الجيش السوري تعزيزات إلى ريف حماة.')[0]!.date).toBeUndefined();
  });

  it('passes over a cause, a purpose or a confrontation that is not a fight for the next trigger', () => {
    expect(run('تصدت الحكومة لممارسات الشركات في ريف حماة.')).toEqual([]);
    expect(run('بعد شن غارات على قلعة المضيق، أرسل الجيش السوري تعزيزات إلى ريف حماة.').map((e) => e.type)).toEqual(['MOBILIZE']);
  });

  it('drops a lead whose toll is the sum of the happenings the story then tells', () => {
    const text = 'شن الطيران الحربي غارات على ريف حلب أسفرت عن مقتل 28. وشن الطيران الحربي غارات على منبج أسفرت عن مقتل 21. كما شن الطيران الحربي غارات على دير حافر أسفرت عن مقتل 7.';
    expect(run(text).map((e) => e.killed)).toEqual([21, 7]);
    expect(run(text.replace('مقتل 28', 'مقتل 30')).map((e) => e.killed)).toEqual([30, 21, 7]);
  });

  it("takes no happening from an enumerated list's items", () => {
    expect(run('2 - شن الطيران الحربي الروسي غارات على ريف حماة.')).toEqual([]);
    expect(run('- شن الطيران الحربي الروسي غارات على ريف حماة.')).toEqual([]);
    expect(run('20 طائرة شنت غارات على ريف حماة.')).toHaveLength(1);
  });

  it('takes a meeting to come for an agreement to meet, and a headline in the present for news', () => {
    expect(run('ومن المقرر أن يلتقي وزير الخارجية السوري وليد المعلم اليوم وزير الدفاع الروسي سيرغي شويغو.').map((e) => [e.type, e.cameo])).toEqual([['AGREE', '03']]);
    expect(run('لن يلتقي وزير الخارجية السوري وليد المعلم وزير الدفاع الروسي.')).toEqual([]);
    const headline = { title: 'وليد المعلم يلتقي سيرغي شويغو', text: '' };
    expect(events.extract(headline, entities.extract(headline)).map((e) => e.type)).toEqual(['CONSULT']);
  });

  it('keeps apart what only sums when told in later sentences inside the lead’s place, and reads «سيطرت» as news', () => {
    const roundUp = 'شن الطيران الحربي غارات على حلب أسفرت عن مقتل 10، فيما شن الطيران الحربي غارات على إدلب أسفرت عن مقتل 4، بينما شن الطيران الحربي غارات على حماة أسفرت عن مقتل 6.';
    expect(run(roundUp).map((e) => e.killed)).toEqual([10, 4, 6]);
    expect(run('سيطرت قوات النظام على بلدة مورك.').map((e) => e.type)).toEqual(['COERCE']);
  });

  it('absorbs a plain repeat: the second telling adds the figure', () => {
    const text = 'شن الطيران الحربي الروسي غارات على قلعة المضيق.\n\nوقال مصدر إن الطيران الحربي الروسي شن غارات على قلعة المضيق أسفرت عن مقتل خمسة.';
    expect(run(text).map((e) => [e.evidence.text.slice(0, 2), e.killed])).toEqual([['شن', 5]]);
  });

  it("takes a headline's event from the text that tells it, and from the headline only when the text does not", () => {
    const text = 'أغار الطيران الحربي الروسي أمس بعشر غارات على مواقع تنظيم داعش في قلعة المضيق، ما أسفر عن مقتل خمسة مسلحين.';
    const told = { title: 'غارات روسية على قلعة المضيق', text, publishedAt: '2026-11-20T09:00:00Z' };
    const fromText = events.extract(told, entities.extract(told));
    expect(fromText.map((e) => [e.evidence.field, e.killed])).toEqual([['text', 5]]);
    const untold = { ...told, text: 'أرسل الجيش السوري تعزيزات إلى ريف حماة.' };
    expect(events.extract(untold, entities.extract(untold)).map((e) => [e.evidence.field, e.type])).toEqual([['title', 'ASSAULT'], ['text', 'MOBILIZE']]);
  });

  it('reads a round-up clause by clause: one happening each, with its own place and figures', () => {
    const text = 'شن الطيران الحربي الروسي غارات على قلعة المضيق، فيما شن تنظيم داعش هجوما في ريف دير الزور أسفر عن مقتل خمسة.';
    const found = run(text);
    expect(found.map((e) => [e.type, e.place, e.killed])).toEqual([
      ['ASSAULT', 'place:geonames:166227', undefined],
      ['ASSAULT', expect.not.stringMatching(/^place:geonames:166227$/), 5],
    ]);
    expect(found[1]!.evidence.text.startsWith('فيما')).toBe(true);
  });

  it('keeps the actors of one story away from the events of another', () => {
    const text = 'شن الطيران الحربي الروسي غارات على قلعة المضيق.\n\nإلى ذلك، أرسل الجيش السوري تعزيزات إلى ريف حماة.';
    const [, mobilize] = run(text);
    expect(mobilize).toMatchObject({ type: 'MOBILIZE', source: 'actor:org:sy-army', story: 1 });
    expect(mobilize!.target).toBeUndefined();
  });
});

describe('EventExtractor: what is not an event', () => {
  it('takes no plan, attempt, negation, relative clause or imperfect verb for a happening', () => {
    for (const text of [
      'من المتوقع أن يشن الطيران الحربي الروسي غارات على قلعة المضيق.',
      'لم يشن الطيران الحربي الروسي غارات على قلعة المضيق.',
      'أحبطت الدفاعات محاولة شن غارات على قلعة المضيق.',
    ]) expect(run(text)).toEqual([]);
  });

  it('reports one happening per sentence: the first the sentence tells', () => {
    expect(run('شن الطيران الحربي الروسي غارات على قلعة المضيق بعد وصول تعزيزات.').map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('EventExtractor: who acted', () => {
  it('takes no speaker for the actor of what he reports', () => {
    const [event] = run('قال المرصد السوري إن الطيران الحربي الروسي شن غارات على قلعة المضيق.');
    expect(event!.source).toBe('actor:org:ru-aerospace-forces');
  });
});
