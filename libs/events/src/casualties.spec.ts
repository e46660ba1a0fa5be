import { describe, expect, it } from '@jest/globals';
import { findCasualties } from './casualties.js';

/** The figures only, spans left out. */
const figures = (sentence: string) => {
  const { spans: _spans, ...rest } = findCasualties(sentence);
  return rest;
};

describe('findCasualties: Arabic', () => {
  it.each([
    ['أعلنت السلطات مقتل 5 أشخاص في انفجار بالسوق', { killed: 5 }],
    ['أفاد مسعفون بسقوط 3 قتلى قرب الحدود', { killed: 3 }],
    ['قتل خمسة جنود في كمين ليلي', { killed: 5 }],
    ['قُتل ثلاثةَ عشرَ مدنيًا في القصف', { killed: 13 }],
    ['أسفر الهجوم عن مقتل وإصابة 12 شخصا', { killedOrWounded: 12 }],
    ['سقط 30 بين قتيل وجريح في الاشتباكات', { killedOrWounded: 30 }],
    ['سقط 14 قتيلاً وجريحاً في الحادث', { killedOrWounded: 14 }],
    ['قتل شخصان وأصيب 20 آخرين بجروح', { killed: 2, wounded: 20 }],
    ['وأدى الانفجار إلى إصابة 20 آخرين بجروح متفاوتة', { wounded: 20 }],
    ['جرح سبعة من عناصر الأمن', { wounded: 7 }],
    ['نفذت الشرطة حملة اعتقال 15 مطلوبا', { arrested: 15 }],
    ['أعلن الجيش أسر 3 جنود من الطرف الآخر', { arrested: 3 }],
    ['أفادت مصادر محلية باختطاف 4 صيادين', { arrested: 4 }],
    ['تمكنت الشرطة من القبض على 15 مشتبها', { arrested: 15 }],
    ['اعتقلت القوات ١٥ فلسطينيا خلال مداهمات', { arrested: 15 }],
    ['لقي 6 أشخاص مصرعهم في حادث سير', { killed: 6 }],
    ['مقتل جنديين في هجوم على نقطة تفتيش', { killed: 2 }],
    ['سقوط قتيلين وثلاثة جرحى', { killed: 2, wounded: 3 }],
    ['مقتل أكثر من عشرين شخصا', { killed: 20, atLeast: true }],
    ['إصابة العشرات في التدافع', { wounded: 10, atLeast: true }],
    ['مقتل نحو 30 مسلحا', { killed: 30 }],
    ['ارتفع عدد القتلى إلى 40', { killed: 40 }],
    ['قتل 3 جنود و2 مدنيين في القصف', { killed: 5 }],
    ['مقتل 8 أشخاص بينهم 3 أطفال', { killed: 8 }],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it.each([
    ['قتل في عام 2015 عدد من الصحفيين'],
    ['سقطت القذيفة على بعد 10 كيلومترات من المدينة'],
    ['وقع الانفجار عند الساعة 5 صباحا'],
    ['قتل 5 في المئة من الماشية'],
    ['أعلنت الحكومة تخصيص 200 مليون دولار للإعمار'],
    ['زار الوزير 3 مدن يوم الأحد'],
    ['اعتقل في 15 يوليو الماضي'],
    ['ضمت القائمة 40 اسما'],
    ['نُفذت 12 غارة على المنطقة'],
    ['الإفراج عن أسيرين'],
  ])('finds no casualty in «%s»', (sentence) => {
    expect(findCasualties(sentence)).toEqual({ spans: [] });
  });

  it('gives the offsets of the figure, quantifier included', () => {
    const sentence = 'أسفر القصف عن مقتل ما لا يقل عن ١٢ مدنيًا';
    const [span] = findCasualties(sentence).spans;
    expect(sentence.slice(span!.start, span!.end)).toBe('ما لا يقل عن ١٢');
    expect(span).toMatchObject({ role: 'killed', value: 12, atLeast: true });
  });

  it('reports an estimate as the figure, not a lower bound', () => {
    expect(findCasualties('مقتل نحو 30 مسلحا').spans[0]).toMatchObject({ value: 30, approximate: true, atLeast: false });
  });
});

describe('findCasualties: English', () => {
  it.each([
    ['The blast killed 5 people near the market', { killed: 5 }],
    ['5 people were killed in the attack', { killed: 5 }],
    ['Twelve Palestinian civilians were wounded', { wounded: 12 }],
    ['Police arrested 15 protesters', { arrested: 15 }],
    ['At least 20 were injured', { wounded: 20, atLeast: true }],
    ['The strike left 7 dead and 30 wounded', { killed: 7, wounded: 30 }],
    ['Gunmen abducted dozens of students', { arrested: 12, atLeast: true }],
    ['More than 20 soldiers were killed and 40 injured', { killed: 20, wounded: 40, atLeast: true }],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it.each([
    ['The convoy was attacked 10 km from the border'],
    ['He was killed in 2015'],
    ['The army fired 30 rockets'],
    ['Prices rose 5 per cent after the arrests'],
  ])('finds no casualty in "%s"', (sentence) => {
    expect(findCasualties(sentence)).toEqual({ spans: [] });
  });

  it('reads the people counted, then what befell them («7 آخرين قتلوا»)', () => {
    expect(findCasualties('وأوضح المرصد أن 7 آخرين قتلوا جراء قصف على مناطق في بلدة دير حافر').killed).toBe(7);
    expect(findCasualties('وقال المصدر إن 17 حوثياً قتلوا على الأقل').killed).toBe(17);
    expect(findCasualties('وقالت المصادر إن 3 جنود أصيبوا في الهجوم').wounded).toBe(3);
    expect(findCasualties('وقال إن 7 مسلحين قتلوا 3 جنود').killed).toBe(3);
    expect(findCasualties('وصل 7 آخرين إلى المدينة').killed).toBeUndefined();
  });
});
