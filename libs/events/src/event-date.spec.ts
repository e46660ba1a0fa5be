import { describe, expect, it } from '@jest/globals';
import { resolveEventDate } from './event-date.js';

// Thursday 14 March 2024, 10:00 in Riyadh.
const published = new Date('2024-03-14T07:00:00Z');
const on = (sentence: string) => resolveEventDate(sentence, published);

describe('resolveEventDate: relative days', () => {
  it.each([
    ['قصفت الطائرات المدينة اليوم', '2024-03-14'],
    ['اندلعت اشتباكات الليلة في الضواحي', '2024-03-14'],
    ['قتل ثلاثة أشخاص أمس في انفجار', '2024-03-13'],
    ['وقع الهجوم مساء الأمس', '2024-03-13'],
    ['اعتقلت الشرطة البارحة خمسة مشتبهين', '2024-03-13'],
    ['وقع الحادث أول أمس', '2024-03-12'],
    ['وقع الحادث أول من أمس', '2024-03-12'],
    ['شنت الطائرات غارات الليلة الماضية', '2024-03-13'],
    ['The market was shelled today', '2024-03-14'],
    ['Two soldiers were killed yesterday', '2024-03-13'],
    ['Protests broke out the day before yesterday', '2024-03-12'],
    ['Gunmen attacked the camp last night', '2024-03-13'],
  ])('%s → %s', (sentence, day) => {
    expect(on(sentence)).toBe(day);
  });
});

describe('resolveEventDate: weekdays', () => {
  it.each([
    ['قتل جنديان يوم الخميس', '2024-03-14'],
    ['قتل جنديان الخميس', '2024-03-14'],
    ['أعلن الجيش الأربعاء مقتل قائد', '2024-03-13'],
    ['وقعت الاشتباكات يوم الاثنين', '2024-03-11'],
    ['وقعت الاشتباكات صباح الإثنين', '2024-03-11'],
    ['اعتقل ناشطان الجمعة الماضية', '2024-03-08'],
    ['جرى الاقتراع السبت', '2024-03-09'],
    ['The convoy was hit on Monday', '2024-03-11'],
    ['Talks collapsed on Friday', '2024-03-08'],
  ])('%s → %s', (sentence, day) => {
    expect(on(sentence)).toBe(day);
  });

  it('does not take «الاثنين» for Monday without a day word, nor a coming weekday', () => {
    expect(on('اتفق الاثنين على الهدنة')).toBeUndefined();
    expect(on('تعقد القمة الخميس المقبل')).toBeUndefined();
    expect(on('The summit opens next Monday')).toBeUndefined();
  });
});

describe('resolveEventDate: explicit dates', () => {
  it.each([
    ['وقع التفجير في 15 يوليو 2015', '2015-07-15'],
    ['وقع التفجير في ١٥ تموز ٢٠١٥', '2015-07-15'],
    ['وقع التفجير في 15 يوليو عام 2015', '2015-07-15'],
    ['صدر القرار في 3 كانون الثاني 2020', '2020-01-03'],
    ['صدر القرار في 3 كانون الأول 2020', '2020-12-03'],
    ['بتاريخ 2015/7/15', '2015-07-15'],
    ['بتاريخ 15/7/2015', '2015-07-15'],
    ['On 15 July 2015 the bridge fell', '2015-07-15'],
    ['On July 15, 2015 the bridge fell', '2015-07-15'],
    // day and month only: this year when on or before publication, else last year
    ['قتل في 2 مارس أربعة أشخاص', '2024-03-02'],
    ['وقع الهجوم في 15 تموز', '2023-07-15'],
    ['The raid on March 10 left five dead', '2024-03-10'],
    // the explicit date wins over a relative word
    ['أعلن أمس أن الهجوم وقع في 1 فبراير', '2024-02-01'],
  ])('%s → %s', (sentence, day) => {
    expect(on(sentence)).toBe(day);
  });

  it('rejects days that do not exist', () => {
    expect(on('بتاريخ 31/6/2015')).toBeUndefined();
  });
});

describe('resolveEventDate: publication time', () => {
  it('resolves only full explicit dates without a publication date', () => {
    expect(resolveEventDate('وقع التفجير في 15 يوليو 2015', undefined)).toBe('2015-07-15');
    expect(resolveEventDate('قتل ثلاثة أمس', undefined)).toBeUndefined();
    expect(resolveEventDate('وقع الهجوم في 15 تموز', undefined)).toBeUndefined();
    expect(resolveEventDate('يوم الخميس', undefined)).toBeUndefined();
  });

  it('counts days in the newsroom time zone', () => {
    // 22:30 UTC on the 13th is already 01:30 on the 14th in Riyadh.
    const late = new Date('2024-03-13T22:30:00Z');
    expect(resolveEventDate('قصف اليوم', late)).toBe('2024-03-14');
    expect(resolveEventDate('قصف اليوم', late, 'UTC')).toBe('2024-03-13');
    expect(resolveEventDate('قصف أمس', late)).toBe('2024-03-13');
  });

  it('crosses month and year boundaries', () => {
    expect(resolveEventDate('وقع أمس', new Date('2024-03-01T09:00:00Z'))).toBe('2024-02-29');
    expect(resolveEventDate('وقع أول أمس', new Date('2024-01-01T09:00:00Z'))).toBe('2023-12-30');
  });

  it('finds nothing in a sentence without a day', () => {
    expect(on('قتل خمسة أشخاص في انفجار')).toBeUndefined();
  });
});
