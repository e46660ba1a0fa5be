import { describe, expect, it } from '@jest/globals';
import { findNumbers, readNumber } from './arabic-numbers.js';

const exact = (value: number) => ({ value, atLeast: false, approximate: false });
const atLeast = (value: number) => ({ value, atLeast: true, approximate: false });
const about = (value: number) => ({ value, atLeast: false, approximate: true });

describe('readNumber: digits', () => {
  it.each([
    ['7', 7],
    ['٧', 7],
    ['۷', 7],
    ['1,200', 1200],
    ['١٬٢٠٠', 1200],
    ['۱٬۲۰۰', 1200],
    ['1.200', 1200],
    ['12,345,678', 12345678],
    ['3 آلاف', 3000],
    ['2 million', 2000000],
  ])('%s → %d', (text, value) => {
    expect(readNumber(text)).toEqual(exact(value));
  });

  it('does not glue a decimal or a date into one number', () => {
    expect(readNumber('1.5')).toBeUndefined();
    expect(readNumber('2015/7/15')).toBeUndefined();
  });
});

describe('readNumber: Arabic words', () => {
  it.each([
    ['واحد', 1],
    ['واحدة', 1],
    ['اثنان', 2],
    ['اثنين', 2],
    ['اثنتين', 2],
    ['ثلاثة', 3],
    ['ثلاث', 3],
    ['أربعة', 4],
    ['ثماني', 8],
    ['ثمانية', 8],
    ['عشرة', 10],
    ['عشر', 10],
    ['أحد عشر', 11],
    ['إحدى عشرة', 11],
    ['اثنا عشر', 12],
    ['اثني عشر', 12],
    ['ثلاثة عشر', 13],
    ['تسع عشرة', 19],
    ['عشرون', 20],
    ['عشرين', 20],
    ['تسعين', 90],
    ['خمسة وعشرون', 25],
    ['خمسٌ وعشرين', 25],
    ['مئة', 100],
    ['مائة', 100],
    ['مئتان', 200],
    ['مئتين', 200],
    ['ثلاثمئة', 300],
    ['خمسمائة', 500],
    ['خمس مئة', 500],
    ['مئة وخمسة وعشرون', 125],
    ['ألف', 1000],
    ['ألفين', 2000],
    ['ثلاثة آلاف', 3000],
    ['خمسة عشر ألفا', 15000],
    ['ألف ومئتان وخمسون', 1250],
    ['مليون ومئتا ألف', 1200000],
    ['الخمسة', 5],
    ['بخمسة', 5],
    ['وعشرين', 20],
  ])('%s → %d', (text, value) => {
    expect(readNumber(text)).toEqual(exact(value));
  });

  it('reads the duals of casualty nouns as two', () => {
    expect(readNumber('قتيلان')).toEqual(exact(2));
    expect(readNumber('جنديين')).toEqual(exact(2));
    expect(readNumber('طفلتين')).toEqual(exact(2));
    // a sound plural, not a dual
    expect(readNumber('مدنيين')).toBeUndefined();
  });

  it('keeps Sunday, Monday and "I am not" out of the numbers', () => {
    expect(readNumber('الأحد')).toBeUndefined();
    expect(readNumber('الاثنين')).toBeUndefined();
    expect(readNumber('لست')).toBeUndefined();
    expect(readNumber('أحد')).toBeUndefined();
  });

  it('rejects word orders that are not one number', () => {
    expect(readNumber('عشرون وخمسة')).toBeUndefined();
    expect(readNumber('خمسة ستة')).toBeUndefined();
  });
});

describe('readNumber: quantifiers', () => {
  it.each([
    ['أكثر من عشرين', atLeast(20)],
    ['أكثر من 20', atLeast(20)],
    ['ما يزيد على 50', atLeast(50)],
    ['ما لا يقل عن ثلاثين', atLeast(30)],
    ['عشرات', atLeast(10)],
    ['العشرات', atLeast(10)],
    ['مئات', atLeast(100)],
    ['آلاف', atLeast(1000)],
    ['عشرات الآلاف', atLeast(10000)],
    ['15 على الأقل', atLeast(15)],
    ['نحو 30', about(30)],
    ['قرابة مئة', about(100)],
    ['حوالي ٤٠', about(40)],
    ['بنحو خمسين', about(50)],
    ['زهاء ألفين', about(2000)],
  ])('%s', (text, reading) => {
    expect(readNumber(text)).toEqual(reading);
  });

  it('needs a figure after the quantifier', () => {
    expect(readNumber('أكثر من')).toBeUndefined();
    expect(readNumber('نحو')).toBeUndefined();
  });
});

describe('readNumber: English', () => {
  it.each([
    ['two', exact(2)],
    ['Twelve', exact(12)],
    ['twenty-five', exact(25)],
    ['twenty five', exact(25)],
    ['three hundred', exact(300)],
    ['one hundred and five', exact(105)],
    ['two thousand five hundred', exact(2500)],
    ['more than 20', atLeast(20)],
    ['at least five', atLeast(5)],
    ['dozens of', atLeast(12)],
    ['dozens', atLeast(12)],
    ['hundreds', atLeast(100)],
    ['tens of thousands', atLeast(10000)],
    ['about 30', about(30)],
    ['nearly forty', about(40)],
  ])('%s', (text, reading) => {
    expect(readNumber(text)).toEqual(reading);
  });
});

describe('findNumbers', () => {
  it('finds each phrase with its offsets in the original text', () => {
    const text = 'قُتل خمسةٌ وعشرون، وأصيب أكثر من ١٬٢٠٠ في 3 مدن';
    const found = findNumbers(text);
    expect(found.map((m) => [m.value, text.slice(m.start, m.end)])).toEqual([
      [25, 'خمسةٌ وعشرون'],
      [1200, 'أكثر من ١٬٢٠٠'],
      [3, '3'],
    ]);
  });

  it('stops a compound at a comma', () => {
    expect(findNumbers('خمسة، وعشرون').map((m) => m.value)).toEqual([5, 20]);
  });

  it('marks a dual noun with its stem', () => {
    expect(findNumbers('سقوط قتيلين')).toMatchObject([{ value: 2, dual: 'قتيل' }]);
  });
});
