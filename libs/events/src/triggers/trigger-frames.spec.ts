import { describe, expect, it } from '@jest/globals';
import { fold } from '#text';
import { findFrames } from './trigger-frames.js';

const frames = (text: string) => {
  const folded = fold(text).text;
  return findFrames(folded).map((f) => [f.type, folded.slice(f.start, f.end)]);
};

describe('findFrames', () => {
  it('reads a head and its tail across the object between them', () => {
    expect(frames('حمّل الحوثيون الأمم المتحدة «ضمنيا» مسؤولية هزائمهم')).toEqual([['ACCUSE', 'حمل']]);
    expect(frames('محمّلاً حماس وحلفاءها المسؤولية التامة')).toEqual([['ACCUSE', 'محملا']]);
    expect(frames('ودعا الوزير المفوض السامي لزيارة مدينة عدن')).toEqual([['AGREE', 'ودعا']]);
  });

  it('needs the tail: a call to stop shelling stays a request, carrying a bag is nothing', () => {
    expect(frames('ودعا الوزير إلى حماية المدنيين في المدينة')).toEqual([]);
    expect(frames('حمل الجنود الجرحى إلى المستشفى')).toEqual([]);
  });

  it('does not reach past its span or inside other words', () => {
    expect(frames('دعا الوزير كل الأطراف في البلاد والمنطقة والعالم إلى الحوار والتهدئة وضبط النفس وعدم التصعيد في هذه المرحلة الحساسة جدا من تاريخ الأمة العربية والإسلامية حتى يتسنى لزيارة')).toEqual([]);
    expect(frames('الحملة على المسؤولية')).toEqual([]);
  });

  it('reads «أوقف» with an operation as a halt, not a detention', () => {
    expect(frames('أوقفت القوات العراقية عمليات القصف الجوي')).toEqual([['RETREAT', 'اوقفت']]);
    expect(frames('أوقفت الشرطة ثلاثة مشتبه بهم')).toEqual([]);
  });

  it('takes no comment, no stance behind an attack and no arrest for a halt', () => {
    expect(frames('وفي تعليق له على الهجوم قال الوزير')).toEqual([]);
    expect(frames('كشف عمن وقف وراء الهجوم')).toEqual([]);
    expect(frames('أوقفت الشرطة منفذي عمليات السطو')).toEqual([]);
    expect(frames('تحمل الحكومة المسؤولية الكاملة')).toEqual([]);
  });

  it('does not reach into another clause, and stays linear on comma-joined runs', () => {
    expect(frames('دعا الوزير إلى الحوار، فيما سيتوجه لاحقا لزيارة عدن')).toEqual([]);
    // Comma-joined runs once backtracked exponentially (seconds at 30 repeats): these return at once now.
    expect(frames(`لزيارة دعا ${'ا،'.repeat(3000)}`)).toEqual([]);
    expect(frames(`دعا الوزير ${'حلب،'.repeat(3000)} لزيارة`)).toEqual([]);
  });
});
