import { describe, expect, it } from '@jest/globals';
import { weaponModeOf } from './weapon-mode.js';

describe('weaponModeOf', () => {
  it('reads the weapon a trigger without a mode leaves to the sentence', () => {
    expect(weaponModeOf('قتل 18 شخصا في سقوط صاروخ أطلقته قوات النظام', undefined)).toBe('heavy-weapons');
    expect(weaponModeOf('قتل ستة مسلحين بانفجار عبوة ناسفة', undefined)).toBe('explosives');
    expect(weaponModeOf('أصيب شاب بعيار ناري في صدره', undefined)).toBe('firearms');
    expect(weaponModeOf('هاجم انتحاري يقود سيارة مفخخة حاجزا', undefined)).toBe('suicide-attack');
    expect(weaponModeOf('دارت اشتباكات عنيفة بين الطرفين', undefined)).toBeUndefined();
  });

  it('makes shelling exact when aircraft or a bomb did it, never the other way', () => {
    expect(weaponModeOf('قصف طيران التحالف مواقع للحوثيين في صنعاء', 'heavy-weapons')).toBe('aerial');
    expect(weaponModeOf('قصف الطيران المروحي بالبراميل المتفجرة مدينة تلبيسة', 'heavy-weapons')).toBe('aerial');
    expect(weaponModeOf('قصفت قوات النظام الحي بالرصاص والقذائف', 'heavy-weapons')).toBe('heavy-weapons');
    expect(weaponModeOf('شنت الطائرات غارات قرب مخزن للصواريخ', 'aerial')).toBe('aerial');
  });

  it('keeps modes that are not about the weapon', () => {
    expect(weaponModeOf('خطف مسلحون ثلاثة أشخاص تحت تهديد الرصاص', 'abduct')).toBe('abduct');
  });

  it('matches words whole, with their clitics, and not inside other words', () => {
    expect(weaponModeOf('استهدفت المقاتلات بالغارات الجوية مواقع التنظيم', undefined)).toBe('aerial');
    // «جويلية» (July in Maghrebi usage) is not «جوي».
    expect(weaponModeOf('قتل ثلاثة في هجوم يوم 3 جويلية', undefined)).toBeUndefined();
  });

  it('takes no air base or airline for an air strike', () => {
    expect(weaponModeOf('هاجم مسلحون قاعدة جوية في المنطقة', undefined)).toBeUndefined();
  });
});
