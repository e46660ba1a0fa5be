import { describe, expect, it } from '@jest/globals';
import { surfaceForms } from './arabic-lemma.js';

const ctx = { isProperName: (w: string) => ['قطر', 'لبنان', 'حماس'].includes(w) };
const preferred = (lemma: string) => surfaceForms(lemma.split('_').filter((w) => w !== ''), ctx)[0];

describe('de-lemmatising Arabic actor names', () => {
  it('makes a noun with adjectives definite throughout', () => {
    expect(preferred('جيش_سوري_')).toBe('الجيش السوري');
    expect(preferred('جامعة_عربي_')).toBe('الجامعة العربية');
  });

  it('leaves a construct head bare, defines what follows, and makes adjectives agree with the head', () => {
    expect(preferred('وزارة_دفاع_أميركي_')).toBe('وزارة الدفاع الأميركية');
    expect(preferred('منظمة_تحرير_فلسطيني_')).toBe('منظمة التحرير الفلسطينية');
    expect(preferred('مجلس_أمن_دولي_')).toBe('مجلس الأمن الدولي');
  });

  it('restores ministry nouns, plural heads, and leaves proper names without the article', () => {
    expect(preferred('وزارة_داخلي_')).toBe('وزارة الداخلية');
    expect(preferred('قوة_خاص_')).toBe('القوات الخاصة');
    expect(preferred('بنك_قطر_وطني_')).toBe('بنك قطر الوطني');
    expect(preferred('حركة_حماس_')).toBe('حركة حماس');
  });

  it('offers the other agreement as a variant', () => {
    expect(surfaceForms(['جبهة', 'تحرير', 'وطني'], ctx)).toEqual(expect.arrayContaining(['جبهة التحرير الوطنية', 'جبهة التحرير الوطني']));
  });
});
