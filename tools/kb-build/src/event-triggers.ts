/**
 * Builds libs/events/data/triggers.json: the words and phrases that signal an
 * event, Arabic and English, each with its PLOVER type (and mode where the
 * means is in the word: air strike, car bomb, arrest) and CAMEO code.
 *
 * Sources, in order of trust (a phrase keeps the first reading it gets):
 *   hand      event-triggers-hand.ts, the desks' vocabulary in printed forms;
 *   cameo-ar  the UniversalPetrarch Arabic verb dictionary (CAMEO.ar.0.5.txt,
 *             verbs_assualt_only.txt): verb lemmas with a code of their own or
 *             their block's, conjugated (arabic-verb-forms.ts), plus the
 *             ceasefire and detention synsets of synsets.ar.txt;
 *   cameo-en  the PETRARCH 2 English verb dictionary (CAMEO.2.0.txt): coded
 *             verbs with their regular or listed forms.
 * Patterns (verb + object, «نظم * مظاهرة [141]») are not used: the matcher
 * reads contiguous phrases, and the Arabic patterns are lemmas in an order
 * news rarely prints. A dictionary verb is kept only when every code it
 * carries anywhere gives the same PLOVER type (the Arabic dictionary is a
 * translation of the English one and puts «أخذ» "take" under protest), and
 * it is not a word too common to mean an event on its own (GENERIC_*).
 *
 * The dictionaries are MIT-licensed (Open Event Data Alliance); the output
 * carries the attribution.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { PLOVER_TYPES } from '../../../libs/contracts/src/enriched-article/plover.js';
import { stripMarks, verbForms } from './arabic-verb-forms.js';
import { fold } from '../../../libs/text/src/fold.js';
import { tokenize } from '../../../libs/text/src/tokenize.js';
import { CameoPlover } from './cameo-plover.js';
import { countInCorpus } from './common-words.js';
import { EXCLUDED, HAND_TRIGGERS } from './event-triggers-hand.js';

import type { TriggerEntry, TriggerFile, TriggerSource } from '../../../libs/events/src/triggers/trigger-entry.js';

export const ATTRIBUTION =
  'Triggers derived from the CAMEO verb dictionaries of PETRARCH 2 (English) and UniversalPetrarch (Arabic) and the CAMEO-to-PLOVER table, Open Event Data Alliance, MIT licence; completed by hand for Marsad.';

/** Arabic verb lemmas that are too common to signal an event alone (say, be, take, put, give, go, see …). */
const GENERIC_AR = new Set([
  'قال', 'كان', 'أخذ', 'اخذ', 'وضع', 'وقع', 'قدم', 'عرض', 'تلقى', 'وصل', 'القى', 'لقى', 'سلم', 'صدق', 'مثل', 'تبع', 'حضر', 'بقى', 'رقب', 'اشر', 'حدد',
  'نقل', 'مشى', 'انتقل', 'قام', 'أساس', 'بنية', 'اقم', 'نشا', 'رتبة', 'قطعة', 'ترك', 'منع', 'طلب', 'سأل', 'كبت', 'جعل', 'أعطى', 'اعطى', 'منح', 'ذهب', 'جاء',
  'أتى', 'رأى', 'راى', 'ظهر', 'بدأ', 'بدا', 'عمل', 'فعل', 'شمل', 'ضم', 'حمل', 'رفع', 'خرج', 'دخل', 'فتح', 'عاد', 'اعاد', 'رجع', 'مر', 'جرى', 'تم', 'أصبح',
  'صار', 'ظل', 'بات', 'ترأس', 'شارك', 'شرك', 'نظم', 'اعد', 'أعد', 'وجه', 'نشر', 'تقدم', 'اطلق', 'أطلق', 'عود', 'قوى', 'شد', 'ربط', 'ذكر', 'أكد', 'اكد', 'أشار',
  'اعلن', 'أعلن', 'أضاف', 'اضاف', 'تابع', 'رد', 'كتب', 'قرأ', 'درس', 'علم', 'فهم', 'عرف', 'وجد', 'لقي', 'التقى', 'سار', 'حاول', 'استمر', 'نهض', 'شغل', 'دعا',
  'نادى', 'نادي', 'هتف', 'كلم', 'اتصل', 'خاطب', 'حجز', 'فض', 'نسد', 'زنا', 'لقب', 'دعى', 'نهو', 'انهو', 'أنهى', 'انتهى', 'طوى', 'قفل', 'وقف', 'تحرك', 'حرك',
  'نظر', 'طلع', 'تفقد', 'حدق', 'اجتاس', 'تضح', 'سعى', 'تطلع', 'رتب', 'بقي', 'أبقى', 'ابقى', 'ملك', 'صنع', 'فتح', 'بحث', 'كشف', 'اختار', 'قرر', 'تحدث', 'وافق',
  'سجل', 'حقق', 'تولى', 'ألقى', 'ضرب', 'أصاب', 'اصاب', 'مضى', 'سحب', 'قطع', 'حكم', 'حل', 'قاد', 'دفع', 'بعث', 'أرسل', 'ارسل', 'نفذ', 'وفر', 'ساعد',
]);

/**
 * Arabic lemmas whose dictionary reading is a mistranslation («مصارعة»
 * "wrestling" as fighting, «انسحب من» as seizing, «مقاطعة» "province" as a
 * boycott) or whose sense is too loose for an alert («رغب» "want" as an
 * intent to cooperate). Read off the build's own candidate list.
 */
const WRONG_SENSE_AR = new Set([
  'قضى', 'برز', 'قوم', 'حال', 'سير', 'حول', 'عرب', 'بدى', 'اجرى', 'خطة', 'رسم', 'ضمن', 'حسب', 'أجل', 'واجه', 'جمع', 'عقد', 'زاد', 'ساد', 'شرع', 'شكل', 'اتجه',
  'رأس', 'أمر', 'ضبط', 'عين', 'فرض', 'أبعد', 'ازال', 'انسحب', 'مقاطعة', 'هدف', 'غلب', 'ابد', 'أنطلق', 'نكش', 'نبش', 'لفظ', 'مسح', 'قلد', 'حاكى', 'جرح', 'خيب',
  'رثا', 'ندب', 'اشتبه', 'راقب', 'رصد', 'كنس', 'اجتاح', 'أكتسح', 'حلق', 'رجا', 'نصح', 'اوصى', 'وصى', 'وعظ', 'زكا', 'رشد', 'اسدى', 'اوعز', 'استدعى', 'انضم', 'لحق',
  'لصق', 'حور', 'فكر', 'صدى', 'رعى', 'وزن', 'قبله', 'قوة', 'سمح', 'اتخذ', 'ابدى', 'رضى', 'طهر', 'وكد', 'اجلى', 'زعم', 'كثر', 'رسخ', 'هدى', 'وسع', 'كفي', 'جهز',
  'أصدر', 'إستفاد', 'أشرف', 'رغب', 'أرد', 'اراد', 'نوى', 'عزم', 'لزم', 'حاج', 'عاز', 'شهو', 'درب', 'امن', 'اختط', 'صمم', 'اوقع', 'أحتفل', 'عبر', 'حبط', 'خطر',
  'أخطر', 'قصر', 'ادن', 'جاوز', 'جذب', 'شاح', 'سوم', 'ازح', 'ازل', 'أغر', 'شبك', 'صدم', 'عدى', 'عرك', 'قهر', 'كافح', 'كفح', 'جاهد', 'صارع', 'صرع', 'اصطدم',
  'اصتدم', 'صطدم', 'سدد', 'انتدى', 'جمهر', 'خرط', 'رفق', 'قطب', 'كدس', 'نضم', 'دبر', 'شور', 'استغرق', 'مناقشة', 'حرس', 'حرر', 'سرح', 'عتق', 'أستانف',
  'ابتعث', 'استرفد', 'اقترح', 'نشد', 'اختلف', 'بدى', 'حزن', 'سخر', 'هزا', 'هزي', 'هكم', 'نشق', 'ذمر', 'خصم', 'ناصب', 'حاجج', 'جدل', 'شكا', 'شكى', 'انشق',
  'اعترض', 'الغى', 'اجبر', 'ارغم', 'جبر', 'ضطر', 'اعاق', 'استذنب', 'رشق', 'قذف', 'اسقط', 'برا', 'نحل', 'اجز', 'ثمر', 'استثرم', 'متد', 'مدة', 'نضل', 'ساوم',
  'نصر', 'سند', 'صادق', 'جاوز', 'وظف', 'دعم', 'قيد', 'نذر',
]);
/**
 * Forms that are mostly other words: «مقاطعة» province, «مقاتلة» fighter
 * (jet), «معارضة» the opposition (an actor), «تعمل» works, «تجمع» a
 * gathering or an association («تجمع لأهالي المعتقلين»).
 */
const WRONG_FORM_AR = new Set(['مقاطعة', 'مقاتلة', 'معارضة', 'تعمل', 'تجمع']);

/** English verbs of the dictionary too common to signal an event alone. */
const GENERIC_EN = new Set([
  'SAY', 'CALL', 'GO', 'COME', 'GET', 'TAKE', 'MAKE', 'GIVE', 'PUT', 'SET', 'HOLD', 'KEEP', 'LEAVE', 'MOVE', 'TURN', 'RUN', 'BRING', 'SEND', 'FIND', 'HEAR',
  'OBSERVE', 'CONSIDER', 'SEARCH', 'VOTE', 'DECIDE', 'DETERMINE', 'APPLY', 'FAIL', 'DECLINE', 'PRESENT', 'OFFER', 'PREPARE', 'SIGNAL', 'INTEND', 'HOPE',
  'SUGGEST', 'BOOST', 'LINK', 'TRADE', 'GRANT', 'ALLOW', 'YIELD', 'SUBMIT', 'ADD', 'ENACT', 'MERGE', 'FINANCE', 'IMPORT', 'PURCHASE', 'ARM', 'INTRODUCE',
  'ARRIVE', 'ASSEMBLE', 'CABLE', 'NOTIFY', 'HOST', 'CONCERN', 'WORRY', 'INTRUDE', 'ALLAY', 'APPRECIATE', 'BLESS', 'FAVOR', 'RESPECT', 'REASSERT', 'LAUD',
  'REJOICE', 'INFLUENCE', 'DISCLOSE', 'COORDINATE', 'REVIVE', 'STRIVE', 'ENCOURAGE', 'ESTIMATE', 'PREDICT', 'QUOTE', 'REPEAT', 'EMPHASIZE', 'EXPLAIN',
  'CIRCULATE', 'DECREE', 'CONFER', 'STABILISE', 'INTERVENE', 'ALLOCATE', 'FACILITATE', 'ENLIST', 'OVERSEE', 'MANAGE', 'LOOSEN', 'ABANDON', 'ABSTAIN',
  'DISMISS', 'BRAND', 'OUTLINE', 'SPEED', 'RACE', 'RUSH', 'HURRY', 'QUICKEN', 'ACCELERATE', 'EXPEDITE', 'HASTEN', 'END', 'STOP', 'QUIT', 'CLOSE', 'SHUT',
  'WORK', 'SEEK', 'LOOK', 'SEE', 'HELP', 'SERVE', 'SHOW', 'PLAY', 'PAY', 'FILE', 'LODGE', 'ADVANCE', 'PUSH', 'PRESS', 'DRIVE', 'CROSS', 'FOLLOW', 'MARK',
  'FIRE', 'HIT', 'STRIKE', 'LAUNCH', 'CONTROL', 'ACCEPT', 'RECEIVE', 'EXTEND', 'RAISE', 'CUT', 'DROP', 'BREAK', 'OPEN', 'CHARGE', 'CLAIM', 'CHARACTERIZE',
  'ASK', 'AID', 'DEFEND', 'INSIST', 'COMPROMISE', 'THANK', 'FORMALIZE', 'COLLABORATE', 'BARGAIN', 'ABSOLVE', 'UNBLOCK', 'DECLASSIFY', 'LEGALISE',
  'LEGITIMISE', 'REFUTE', 'INVITE', 'GO_SOMEWHERE', 'MEET_PEOPLE', 'EXPLAIN_VERBAL', 'OVERSEE_MANAGE', 'RE-EXAMINE', 'REEXAMINE', 'AFFIRM', 'GRILL',
  'BLOCK', 'LIMIT', 'REDUCE', 'DELAY', 'POSTPONE', 'BILL', 'RING', 'PIT', 'MATCH', 'HANG', 'CIRCLE', 'RESIDE', 'INHABIT', 'CATCH', 'BAR', 'SHOOT', 'TAX',
  'SENTENCE', 'REMOVE', 'EXTRACT', 'PLUCK', 'REVOLUTIONIZE', 'OVERSHADOW', 'DOMINATE', 'OVERCOME', 'SURMOUNT', 'ENGAGE', 'TEAR', 'RIP', 'SPOIL', 'IMPAIR',
  'CORRUPT', 'VITIATE', 'HAMMER', 'BEAT', 'DEFEAT', 'CRUSH', 'DAMAGE',
]);

type Candidate = TriggerEntry;

/** Codes in `[...]`: «[190]», «[042:043]» (the first), «[---]» (none). */
const codeIn = (s: string): string | undefined => {
  const m = /\[\s*(\d{2,4})(?::\d+)?\s*\]/.exec(s);
  return m?.[1];
};

interface DictVerb {
  /** The verb's words, lemma first; a «+» word list for multi-word verbs («سيطر+على»). */
  words: string[];
  /** The line's own code, else its block's; undefined when neither has one. */
  code: string | undefined;
  /** English: the forms listed in «{…}». */
  forms?: string[];
  /** Arabic: the English verbs of the line's comment («# charge,accuse»), upper case. */
  glosses: string[];
}

/** Coded verbs of a PETRARCH verb dictionary: a verb's own code, else its block's. */
export function readVerbDictionary(text: string): DictVerb[] {
  const out: DictVerb[] = [];
  let blockCode: string | undefined;
  let inSynsets = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const glosses = (/#(.*)$/.exec(raw)?.[1] ?? '').split(',').map((g) => g.trim().toUpperCase()).filter((g) => /^[A-Z_-]+$/.test(g));
    if (line === '') continue;
    if (/^-{3}/.test(line)) {
      blockCode = codeIn(line);
      inSynsets = false;
      continue;
    }
    if (line.startsWith('&')) {
      inSynsets = true;
      continue;
    }
    if (inSynsets || line.startsWith('-') || line.startsWith('+') || line.startsWith('~')) continue;
    const code = codeIn(line) ?? blockCode;
    const forms = /\{([^}]*)\}/.exec(line)?.[1]?.trim().split(/\s+/).filter((f) => f !== '');
    const head = line.replace(/\{[^}]*\}/, '').replace(/\[[^\]]*\]/g, '').trim();
    if (head === '' || /\s/.test(head.replace(/\s+هوو$/, ''))) continue; // «وضع هوو» "put it": a pronoun slot, not a phrase; «أ حرق»: a broken entry
    const words = head.replace(/\s+هوو$/, '').split(/[+_]/).map((w) => stripMarks(w).replace(/^\+/, '')).filter((w) => w !== '');
    if (words.length === 0) continue;
    out.push(forms ? { words, code, forms, glosses } : { words, code, glosses });
  }
  return out;
}

/** Members of a synset in synsets.ar.txt («&CEASEFIRE»), spaces for underscores. */
export function readSynset(text: string, label: string): string[] {
  const out: string[] = [];
  let inside = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line.startsWith('&')) inside = line === label;
    else if (inside && line.startsWith('+')) out.push(line.slice(1).replace(/_+$/, '').replace(/_/g, ' ').trim());
  }
  return [...new Set(out)];
}

/** Regular English forms: -s, -ed, -ing, with the spelling rules of the dictionary format (y → ies/ied, e dropped, short CVC doubled). */
export function englishForms(verb: string): string[] {
  const w = verb.toLowerCase();
  if (/[^aeiou]y$/.test(w)) return [w, `${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`, `${w}ing`];
  if (w.endsWith('e')) return [w, `${w}s`, `${w}d`, `${w.slice(0, -1)}ing`];
  const es = /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
  // One-syllable consonant-vowel-consonant verbs double their last letter: ban → banned, stop → stopping.
  const double = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w);
  const stem = double ? w + w.slice(-1) : w;
  return [w, es, `${stem}ed`, `${stem}ing`];
}

/**
 * Occurrences (in the ~7,000 news articles of ../shared/data/news-unlabelled)
 * a lemma needs as a word of its own: the lemmatiser cut the first letters
 * off some derived verbs («ضطر» for «اضطر», «نشق» for «انشق»), forms no
 * text prints.
 */
const MIN_ATTESTED = 3;

/**
 * The Arabic dictionary is a translation of the English one, verb by verb,
 * and its codes are often the English block's (it files «التزم» "pledge"
 * under 182 "physically assault", «تحرر» "release" under 195). A lemma is
 * kept only when its English glosses («# detain», «# charge,accuse») are
 * coded verbs of the English dictionary that agree on one PLOVER type; its
 * code is its own when that agrees too, else the gloss's.
 */
function arabicCandidates(dict: DictVerb[], english: Map<string, string>, plover: CameoPlover, attested: ReadonlyMap<string, number>): Candidate[] {
  const byLemma = new Map<string, DictVerb[]>();
  for (const d of dict) {
    const key = d.words.join(' ');
    byLemma.set(key, [...(byLemma.get(key) ?? []), d]);
  }
  const out: Candidate[] = [];
  for (const [key, entries] of byLemma) {
    const [lemma, ...tail] = key.split(' ');
    if (!/^[\u0621-\u064A]+$/u.test(key.replace(/ /g, '')) || GENERIC_AR.has(lemma!) || WRONG_SENSE_AR.has(lemma!) || lemma!.length < 3 || (attested.get(keyOf(lemma!)) ?? 0) < MIN_ATTESTED) continue;
    const glossCodes = entries.flatMap((e) => e.glosses).filter((g) => !GENERIC_EN.has(g)).flatMap((g) => (english.has(g) ? [english.get(g)!] : []));
    const glossTypes = new Set(glossCodes.map((c) => plover.of(c)?.type));
    if (glossCodes.length === 0 || glossTypes.size !== 1 || glossTypes.has(undefined)) continue;
    const type = [...glossTypes][0]!;
    const own = entries.flatMap((e) => (e.code !== undefined && plover.of(e.code)?.type === type ? [e.code] : []));
    const specific = (codes: string[]): string => [...codes].sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;
    const code = own.length > 0 ? specific(own) : specific(glossCodes);
    const p = plover.of(code)!;
    const forms = verbForms(lemma!);
    const suffix = tail.length > 0 ? ` ${tail.join(' ')}` : '';
    for (const f of [...forms.verb.map((x) => x + suffix), ...forms.masdar].filter((x) => !WRONG_FORM_AR.has(x))) out.push({ phrase: f, language: 'ar', ...p, cameo: code, source: 'cameo-ar' });
  }
  return out;
}

/** English verb (upper case, every listed form) → its isolated code, own or block's. */
function englishCodes(dict: DictVerb[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of dict) {
    if (d.code === undefined) continue;
    for (const f of [d.words.join('_'), ...(d.forms ?? [])]) {
      const key = f.replace(/\+/g, '').toUpperCase();
      if (!out.has(key)) out.set(key, d.code);
    }
  }
  return out;
}

function englishCandidates(dict: DictVerb[], plover: CameoPlover): Candidate[] {
  const out: Candidate[] = [];
  for (const d of dict) {
    const lemma = d.words.join('_').toUpperCase();
    if (GENERIC_EN.has(lemma) || GENERIC_EN.has(d.words[0]!.toUpperCase())) continue;
    // 140 "engage in political dissent" holds annoy, bother, irk: feelings, not protests.
    if (d.code === undefined || d.code === '140') continue;
    const p = plover.of(d.code);
    if (p === undefined) continue;
    const phrase = d.words.join(' ').toLowerCase();
    let forms: string[];
    if (d.forms) forms = [phrase, ...d.forms.map((f) => f.replace(/\+/g, '').replace(/_/g, ' ').toLowerCase())];
    else if (d.words.length === 1) forms = englishForms(phrase);
    else forms = [phrase]; // multi-word verbs without listed forms: as written only
    for (const f of forms) if (/^[a-z][a-z -]+$/.test(f)) out.push({ phrase: f, language: 'en', ...p, cameo: d.code, source: 'cameo-en' });
  }
  return out;
}

function handCandidates(plover: CameoPlover): Candidate[] {
  const out: Candidate[] = [];
  for (const row of HAND_TRIGGERS) {
    const p = plover.of(row.cameo);
    const type = row.type ?? p?.type;
    if (type === undefined) throw new Error(`hand trigger code ${row.cameo} has no PLOVER type`);
    const mode = row.mode ?? (row.type === undefined || row.type === p?.type ? p?.mode : undefined);
    const base = { type, ...(mode !== undefined ? { mode } : {}), cameo: row.cameo, source: 'hand' as const };
    for (const phrase of row.ar ?? []) out.push({ phrase, language: 'ar', ...base });
    for (const phrase of row.en ?? []) out.push({ phrase: phrase.toLowerCase(), language: 'en', ...base });
  }
  return out;
}

/** The matcher's key for a phrase (fold without diacritics and hamza, lower case, single spaces): duplicates are judged on it. */
const keyOf = (phrase: string): string =>
  tokenize(fold(phrase, true).text)
    .map((t) => t.text)
    .join(' ');

export function buildTriggers(shared: string): { triggers: TriggerEntry[]; excluded: { ar: string[]; en: string[] } } {
  const enDict = readVerbDictionary(readFileSync(resolve(shared, 'petrarch/english/CAMEO.2.0.txt'), 'utf8'));
  const plover = CameoPlover.load(resolve(shared, 'plover/CAMEO2PLOVER-2021.txt'));
  const arDir = resolve(shared, 'petrarch/arabic');
  const arDict = [...readVerbDictionary(readFileSync(resolve(arDir, 'CAMEO.ar.0.5.txt'), 'utf8')), ...readVerbDictionary(readFileSync(resolve(arDir, 'verbs_assualt_only.txt'), 'utf8'))];
  const synsets = readFileSync(resolve(arDir, 'synsets.ar.txt'), 'utf8');
  const synsetCandidates: Candidate[] = [
    ...readSynset(synsets, '&CEASEFIRE').map((phrase) => ({ phrase, language: 'ar' as const, ...plover.of('0871')!, cameo: '0871', source: 'cameo-ar' as const })),
    // The detention synset, less its places and wardship («سجن», «اصلاحية», «وصاية»): nouns of arrest.
    ...readSynset(synsets, '&DETENTION')
      .filter((p) => ['احتجاز', 'اعتقال', 'حجز'].includes(p))
      .map((phrase) => ({ phrase, language: 'ar' as const, ...plover.of('173')!, cameo: '173', source: 'cameo-ar' as const })),
  ];

  const lemmaKeys = new Set(arDict.map((d) => keyOf(d.words[0]!)));
  const attested = countInCorpus(resolve(shared, 'news-unlabelled'), lemmaKeys, 1, (text) => tokenize(fold(text).text).map((t) => t.text));
  const excludedKeys = new Set([...EXCLUDED.ar, ...EXCLUDED.en].map(keyOf));
  const byKey = new Map<string, TriggerEntry>();
  for (const c of [...handCandidates(plover), ...arabicCandidates(arDict, englishCodes(enDict), plover, attested), ...synsetCandidates, ...englishCandidates(enDict, plover)]) {
    const key = keyOf(c.phrase);
    if (key === '' || excludedKeys.has(key) || byKey.has(key)) continue;
    byKey.set(key, c);
  }
  const order = (t: TriggerEntry): string => `${t.language}\t${PLOVER_TYPES.indexOf(t.type).toString().padStart(2, '0')}\t${t.mode ?? ''}\t${t.phrase}`;
  const triggers = [...byKey.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { triggers, excluded: EXCLUDED };
}

/** Writes the triggers file (deterministic: sorted, no timestamps) and reports the counts. */
export function writeTriggers(shared: string, out: string): void {
  const { triggers, excluded } = buildTriggers(shared);
  mkdirSync(dirname(out), { recursive: true });
  const header: Omit<TriggerFile, 'triggers'> = { attribution: ATTRIBUTION, excluded };
  const head = JSON.stringify(header);
  writeFileSync(out, `${head.slice(0, -1)},"triggers":[\n${triggers.map((t) => JSON.stringify(t)).join(',\n')}\n]}\n`);
  const bySource = new Map<string, number>();
  for (const t of triggers) bySource.set(t.source, (bySource.get(t.source) ?? 0) + 1);
  process.stdout.write(`wrote ${triggers.length} event triggers to ${out} (${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')})\n`);
}
