import { describe, expect, it } from '@jest/globals';

import { verbForms } from './arabic-verb-forms.js';

describe('verbForms', () => {
  it('conjugates sound verbs and writes regular masdars', () => {
    expect(verbForms('قصف')).toEqual({ verb: ['قصف', 'قصفت', 'قصفوا', 'يقصف', 'تقصف', 'يقصفون'], masdar: [] });
    expect(verbForms('اعتقل').verb).toContain('يعتقل');
    expect(verbForms('اعتقل').masdar).toEqual(['اعتقال', 'اعتقالات']);
    expect(verbForms('استهدف').masdar).toEqual(['استهداف']);
    expect(verbForms('هاجم').masdar).toEqual(['مهاجمة']);
    expect(verbForms('انسحب').masdar).toEqual(['انسحاب']);
    expect(verbForms('أطلق')).toMatchObject({ masdar: ['إطلاق'] });
    expect(verbForms('أطلق').verb).toContain('يطلق');
  });
  it('keeps weak and doubled verbs to the forms it can spell', () => {
    expect(verbForms('استولى')).toEqual({ verb: ['استولى'], masdar: [] });
    expect(verbForms('شد')).toEqual({ verb: ['شد'], masdar: [] });
  });
});
