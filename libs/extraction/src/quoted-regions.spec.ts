import { describe, expect, it } from '@jest/globals';
import { Gazetteer } from '#knowledge';
import { EntityExtractor } from './entity-extractor.js';

const extractor = new EntityExtractor(Gazetteer.load());
const names = (text: string) => extractor.names({ title: '', text }).map((h) => [text.slice(h.start, h.end), h.type, h.source]);

describe('withQuotedRegions (through EntityExtractor)', () => {
  it('takes a region named in quotes for the newspaper named after it, unlinked', () => {
    const text = 'لندن: «الشرق الأوسط» هددت الحكومة';
    expect(names(text)).toContainEqual(['الشرق الأوسط', 'ORG', 'quoted-region']);
    const paper = extractor.extract({ title: '', text }).find((e) => e.type === 'ORG');
    expect(paper).toMatchObject({ category: 'unlinked', id: 'unlinked:org:الشرق_الاوسط' });
  });

  it('leaves a region without quotes, and a town in quotes, as places', () => {
    expect(names('التوتر في الشرق الأوسط يتصاعد')).toEqual([['الشرق الأوسط', 'LOCATION', 'knowledge-base']]);
    expect(names('وصل الوفد إلى «دمشق» أمس')).toEqual([['دمشق', 'LOCATION', 'knowledge-base']]);
  });
});
