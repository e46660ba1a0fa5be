import { foldKey } from '#text';
import { NOT_NAME_AR, ORG_NAME_HEADS_AR } from './title-words.js';

const ARABIC_WORD = /^[\u0621-\u064A]+$/u;
const CLITICS = ['و', 'ل', 'ب', 'وب', 'ول', 'ف'];
/** Indefinite adjectives that do not end in «ي/ية» («صحيفة كبيرة», «قناة جديدة»), folded. */
const INDEFINITE_ADJECTIVES = new Set(
  ['كبيرة', 'كبير', 'صغيرة', 'صغير', 'جديدة', 'جديد', 'قديمة', 'قديم', 'أخرى', 'اخرى', 'آخر', 'واحدة', 'ثانية', 'سابقة', 'سابق', 'مستقلة', 'مستقل', 'معروفة', 'معروف', 'شهيرة', 'شهير', 'خاصة', 'خاص', 'عامة', 'عام', 'بارزة', 'بارز', 'كبرى']
    .map((w) => foldKey(w)),
);

/**
 * Where an organisation's name starts after a head that names its kind
 * («نادي قطر», «لصحيفة يديعوت أحرونوت», «قناة المحور»): the word after the
 * head, when it can be a name — Arabic, no function word, not an indefinite
 * adjective («صحيفة يومية», «قناة فضائية», «صحيفة كبيرة») nor a preposition with the
 * article («قناة للتفاوض»). On ANERcorp train that word starts an
 * organisation 41 times in 47 (5 of the others are a head ANERcorp counts
 * inside the name, or no name at all: «مجلة الدراسات الجغرافية»). The
 * tagger decides how far the name runs.
 */
export class OrgCues {
  /** The heads, bare and with each clitic: one lookup per word. */
  private readonly heads = new Set(ORG_NAME_HEADS_AR.flatMap((w) => ['', ...CLITICS].map((c) => c + foldKey(w))));
  private readonly notName = new Set(NOT_NAME_AR.map((w) => foldKey(w)));

  /** Token positions (in `words`, a sentence's tokens as written; `folded`, the same folded) where an organisation's name starts. */
  find(words: readonly string[], folded: readonly string[] = words.map((w) => foldKey(w))): number[] {
    const out: number[] = [];
    for (let i = 0; i + 1 < words.length; i++) {
      if (!this.heads.has(folded[i]!)) continue;
      const next = folded[i + 1]!;
      if (next.length < 3 || !ARABIC_WORD.test(next) || next.startsWith('لل') || this.notName.has(next)) continue;
      if (!next.startsWith('ال') && (/(?:ي|يه)$/u.test(next) || INDEFINITE_ADJECTIVES.has(next))) continue;
      out.push(i + 1);
    }
    return out;
  }
}
