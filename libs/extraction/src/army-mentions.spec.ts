import { describe, expect, it } from '@jest/globals';
import { ActorRegistry, Gazetteer } from '#knowledge';
import { EntityExtractor } from './entity-extractor.js';

const extractor = new EntityExtractor(Gazetteer.load(), ActorRegistry.load());
const armyMentions = (text: string) =>
  extractor.extract({ title: '', text }).filter((e) => e.id.startsWith('actor:org:') && e.id.endsWith('-army')).flatMap((e) => e.mentions.map((m) => [e.id, m.text]));

describe('bare «الجيش»', () => {
  it('is the one army the article names, before and after the full name, with its clitics', () => {
    expect(armyMentions('تصدت وحدات الجيش لهجوم في ريف حماة. وقال مصدر إن الجيش السوري تقدم، وإن للجيش مواقع جديدة.')).toEqual([
      ['actor:org:sy-army', 'الجيش'],
      ['actor:org:sy-army', 'الجيش السوري'],
      ['actor:org:sy-army', 'للجيش'],
    ]);
  });

  it('is nobody when the article names two armies, or none, and «الجيش الحر» is another body', () => {
    expect(armyMentions('تقدم الجيش السوري وقصف الجيش الإسرائيلي مواقع، وانسحب الجيش.').map(([, t]) => t)).toEqual(['الجيش السوري', 'الجيش الإسرائيلي']);
    expect(armyMentions('انسحب الجيش من المدينة.')).toEqual([]);
    expect(armyMentions('قصف الجيش السوري مواقع الجيش الحر.').map(([, t]) => t)).toEqual(['الجيش السوري']);
  });

  it('is only near a full mention: an army named once far away does not take every «الجيش»', () => {
    const far = `قال مصدر إن للجيش السوري مواقع في حماة. ${'وتابع المصدر حديثه عن الأوضاع في المنطقة. '.repeat(12)}وانسحب الجيش من المدينة.`;
    expect(armyMentions(far).map(([, t]) => t)).toEqual(['للجيش السوري']);
  });
});
