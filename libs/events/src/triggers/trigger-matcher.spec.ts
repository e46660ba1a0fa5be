import { describe, expect, it } from '@jest/globals';

import { TriggerMatcher, type TriggerHit } from './trigger-matcher.js';

const matcher = TriggerMatcher.load();
const hits = (text: string): (TriggerHit & { text: string })[] => matcher.find(text).map((h) => ({ ...h, text: text.slice(h.start, h.end) }));
const only = (text: string): TriggerHit & { text: string } => {
  const found = hits(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('TriggerMatcher (built lexicon)', () => {
  it('finds masdars bare, with the article and with clitics, offsets into the original', () => {
    expect(only('وقع هجوم على حاجز في الريف').type).toBe('ASSAULT');
    const h = only('أدى الهجوم إلى أضرار');
    expect(h).toMatchObject({ type: 'ASSAULT', cameo: '190', text: 'الهجوم' });
    expect(only('توقف والقصف مستمر منذ الصباح')).toMatchObject({ type: 'ASSAULT', mode: 'heavy-weapons', text: 'والقصف' });
    expect(only('سمعنا بالاعتقال التعسفي أمس')).toMatchObject({ type: 'COERCE', mode: 'arrest', text: 'بالاعتقال' });
  });

  it('finds conjugated verbs, past and present, and the passive spelled with its vowels', () => {
    for (const s of ['اعتقلت الشرطة ناشطا', 'اعتقلوا ثلاثة شبان', 'يعتقل الأمن شابين', 'اعتُقل الصحفي أمس']) {
      expect(only(s)).toMatchObject({ type: 'COERCE', mode: 'arrest' });
    }
    expect(only('استهدفت القوات موقعا')).toMatchObject({ type: 'ASSAULT', cameo: '190' });
    expect(only('تصدت الفصائل لمحاولة تسلل')).toMatchObject({ type: 'ASSAULT', text: 'تصدت' });
    expect(only('بعد التصدي لمحاولة تسلل')).toMatchObject({ type: 'ASSAULT', text: 'التصدي' });
  });

  it('prefers the longest phrase, which carries the mode', () => {
    expect(only('شنت الطائرات غارات جوية على البلدة')).toMatchObject({ mode: 'aerial', text: 'غارات جوية', cameo: '195' });
    expect(only('تعرضت البلدة لقصف مدفعي عنيف')).toMatchObject({ mode: 'heavy-weapons', text: 'لقصف مدفعي' });
    expect(only('أدى القصف الجوي إلى دمار')).toMatchObject({ mode: 'aerial', text: 'القصف الجوي' });
    expect(only('وصلت سيارة مفخخة إلى السوق')).toMatchObject({ mode: 'explosives', cameo: '1832', text: 'سيارة مفخخة' });
    expect(only('أعلن الطرفان وقف إطلاق النار')).toMatchObject({ type: 'RETREAT', mode: 'ceasefire' });
  });

  it('drops names that contain a trigger word and leaves common words alone', () => {
    expect(hits('قال قائد في الحشد الشعبي إن الوضع هادئ')).toEqual([]);
    expect(hits('كان الطقس جميلا وقال الناس إنهم سعداء')).toEqual([]);
  });

  it('matches English lower-cased, with longest phrases first', () => {
    expect(only('Police arrested two men on Monday')).toMatchObject({ type: 'COERCE', mode: 'arrest', text: 'arrested' });
    expect(only('An air strike hit the village')).toMatchObject({ type: 'ASSAULT', mode: 'aerial', text: 'air strike' });
    expect(only('Airstrikes continued overnight')).toMatchObject({ mode: 'aerial' });
    expect(only('The ceasefire held')).toMatchObject({ type: 'RETREAT', mode: 'ceasefire' });
  });
});

describe('TriggerMatcher (own entries)', () => {
  const m = TriggerMatcher.fromEntries(
    [
      { phrase: 'قصف', language: 'ar', type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', source: 'hand' },
      { phrase: 'قصف جوي', language: 'ar', type: 'ASSAULT', mode: 'aerial', cameo: '195', source: 'hand' },
      { phrase: 'shelled', language: 'en', type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', source: 'hand' },
    ],
    ['قصف الجبهة'],
  );
  it('indexes the definite form of the first word and honours exclusions', () => {
    expect(m.find('بدأ القصف صباحا').map((h) => h.cameo)).toEqual(['194']);
    expect(m.find('فللقصف الجوي أثر').map((h) => h.mode)).toEqual(['aerial']);
    expect(m.find('قصف الجبهة مقال رأي')).toEqual([]);
    expect(m.find('Artillery SHELLED the town').map((h) => h.phrase)).toEqual(['shelled']);
  });

  it('finds triggers under an object pronoun, and never reads ta marbuta as one', async () => {
    const { withoutPronouns } = await import('./trigger-matcher.js');
    expect(withoutPronouns(['اعتقالهم'])).toContain('اعتقال');
    expect(withoutPronouns(['زيارتها'])).toContain('زياره');
    expect(withoutPronouns(['زيارته'])).toContain('زياره');
    expect(withoutPronouns(['لقائه'])).toContain('لقاء');
    expect(withoutPronouns(['اتهموها'])).toContain('اتهموا');
    // «وزارة» folds to «وزاره»: not «و» + «زار» + a pronoun.
    expect(withoutPronouns(['وزاره', 'زاره'])).toEqual(['وزاره', 'زاره']);
    // Too short to carry a pronoun.
    expect(withoutPronouns(['منها'])).toEqual(['منها']);
  });
});
