import { describe, expect, it } from '@jest/globals';
import { isBoilerplateLine, stripBoilerplate } from './boilerplate.js';

describe('boilerplate', () => {
  it.each([
    'اترك تعليقاً',
    'زر الذهاب إلى الأعلى',
    'شارك على فيسبوك',
    'فيسبوك تويتر واتساب',
    'اقرأ أيضا:',
    'Back to top',
    'Leave a comment',
    'Share this article',
    '12 Comments',
  ])('drops furniture line %p', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'قال المعلم إن على الجميع أن يترك تعليقاً على المبادرة قبل نهاية الأسبوع الجاري في دمشق.',
    'The minister said he would share the plan with parliament on Tuesday.',
    'Comments by the foreign minister drew a sharp response from Moscow.',
    'دمشق',
  ])('keeps article line %p', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it('keeps the order of the lines it keeps', () => {
    expect(stripBoilerplate(['أولا', 'اترك تعليقاً', 'ثانيا'])).toEqual(['أولا', 'ثانيا']);
  });
});
