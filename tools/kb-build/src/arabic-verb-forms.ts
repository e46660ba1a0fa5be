/**
 * Surface forms of an Arabic verb given as a CAMEO.ar lemma (its unvowelled
 * 3rd-person masculine past: «قصف», «اعتقل», «استهدف», «هاجم»), written the
 * way news prints them before folding.
 *
 * Only sound verbs are conjugated: a verb with a weak letter (و ي ى ا outside
 * its form's own alef), a hamza or a doubled last letter changes its stem
 * («رمى/رمت», «ردّ/رددت»), so those keep the lemma alone; fewer correct forms
 * beat many wrong ones. Unvowelled spelling makes the passive free: «قُتل»,
 * «اعتُقل», «يُستهدف» fold to the active forms.
 *
 * The verbal noun (masdar) is regular from form III up and is written here;
 * form I and II masdars are not predictable from the letters («قصف»,
 * «هجوم», «تدمير») and come from the hand list.
 */

const MARKS = /[\u064B-\u0652\u0670\u0640]/gu;
const WEAK = /[وىيءؤئآ]/u;
const ALEFS = new Set(['ا', 'أ', 'إ']);

export const stripMarks = (w: string): string => w.replace(MARKS, '');

type Form = 'I/II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII' | 'X' | 'quad';

/** The derived form the letters show, or undefined when the verb is weak (or not a verb shape we know). */
export function verbForm(lemma: string): Form | undefined {
  const v = stripMarks(lemma);
  if (WEAK.test(v)) return undefined;
  const alefAt = [...v].flatMap((c, i) => (ALEFS.has(c) ? [i] : []));
  const n = v.length;
  const only = (...at: number[]): boolean => alefAt.length === at.length && at.every((i, k) => alefAt[k] === i);
  if (n === 3) return only() && v[1] !== v[2] ? 'I/II' : undefined;
  if (n === 4) {
    if (only(1)) return 'III';
    if (only(0) && v[0] === 'أ') return 'IV';
    if (only() && v[0] === 'ت') return 'V';
    return only() ? 'quad' : undefined;
  }
  if (n === 5) {
    if (only(2) && v[0] === 'ت') return 'VI';
    if (only(0) && v[1] === 'ن') return 'VII';
    if (only(0) && 'تطد'.includes(v[2]!)) return 'VIII';
    return undefined;
  }
  if (n === 6 && only(0) && v.startsWith('است')) return 'X';
  return undefined;
}

export interface VerbForms {
  /** Conjugated forms: past he/she/they, present he/she/they. */
  verb: string[];
  /** The verbal noun (and its plural where news uses one), empty when not regular. */
  masdar: string[];
}

export function verbForms(lemma: string): VerbForms {
  const v = stripMarks(lemma);
  const form = verbForm(v);
  if (form === undefined) {
    // Weak or unknown: the lemma as printed, and its feminine past when the last letter takes ت unchanged.
    return { verb: /[ىاوي]$/u.test(v) || v.length < 3 ? [v] : [v, `${v}ت`], masdar: [] };
  }
  // Forms IV, VII, VIII and X lose their initial alef in the present: أطلق → يطلق, اعتقل → يعتقل.
  const stem = form === 'IV' || form === 'VII' || form === 'VIII' || form === 'X' ? v.slice(1) : v;
  const verb = [v, `${v}ت`, `${v}وا`, `ي${stem}`, `ت${stem}`, `ي${stem}ون`];
  const c = [...v];
  const masdar: string[] = [];
  if (form === 'III') masdar.push(`م${c[0]}ا${c[2]}${c[3]}ة`);
  if (form === 'IV') masdar.push(`إ${c[1]}${c[2]}ا${c[3]}`);
  if (form === 'V' || form === 'VI') masdar.push(v);
  if (form === 'VII' || form === 'VIII' || form === 'X') masdar.push(`${v.slice(0, -1)}ا${v.slice(-1)}`);
  if (form === 'VIII') masdar.push(`${masdar[0]}ات`);
  return { verb, masdar: [...new Set(masdar)] };
}
