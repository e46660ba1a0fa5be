import { dualStem, lookupWord, type NumberWord, type WordReading } from './number-words.js';
import { joined, numberTokens, type NumberToken } from './number-tokens.js';

/**
 * A count as a news sentence states it. `atLeast`: the figure is a lower
 * bound («أكثر من عشرين»، «عشرات»). `approximate`: the figure is a round
 * estimate («نحو 30»); we keep it as the count and do not call it a lower
 * bound, since the true figure may as well be below it.
 */
export interface NumberReading {
  value: number;
  atLeast: boolean;
  approximate: boolean;
}

export interface NumberMatch extends NumberReading {
  /** Offsets in the text, quantifier included («أكثر من 20»). */
  start: number;
  end: number;
  /** First and last token (numberTokens) of the phrase. */
  first: number;
  last: number;
  /** A dual noun that is its own count («قتيلان» → قتيل), else undefined. */
  dual?: string;
}

// Lower-bound and estimate phrases, folded. «أكثر من عشرين» reads as 20 and
// at least: the schema's `atLeast` is a lower bound, and the desk wants 20.
const AT_LEAST = [
  'اكثر من', 'ما يزيد علي', 'ما يزيد عن', 'يزيد علي', 'يزيد عن', 'ما لا يقل عن', 'لا يقل عن', 'ازيد من', 'ما يربو علي', 'يربو علي',
  'more than', 'over', 'at least', 'upwards of', 'no fewer than', 'no less than',
].map((p) => p.split(' '));
const APPROXIMATE = [
  'نحو', 'قرابه', 'حوالي', 'حوالى', 'زهاء', 'ما يقارب', 'ما يقرب من', 'يقارب', 'ما يناهز', 'يناهز',
  'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'an estimated', 'close to',
].map((p) => p.split(' '));
const AT_LEAST_AFTER = ['علي الاقل', 'or more', 'at least'].map((p) => p.split(' '));
const APPROXIMATE_AFTER = ['تقريبا', 'or so'].map((p) => p.split(' '));

/** Number of tokens `phrase` takes at i (its first word may carry و or ب: «وبنحو» no, «بنحو» yes), else 0. */
function phraseAt(tokens: NumberToken[], i: number, phrases: string[][]): number {
  for (const phrase of phrases) {
    const ok = phrase.every((word, k) => {
      const t = tokens[i + k];
      if (!t || (k > 0 && !joined(t))) return false;
      return t.w === word || (k === 0 && /^[وب]/u.test(t.w) && t.w.slice(1) === word);
    });
    if (ok) return phrase.length;
  }
  return 0;
}

type Last = 'unit' | 'teen' | 'tens' | 'hundreds' | 'group';

/** What may be added after `last` (Arabic: with «و»; English: directly or after "and"). */
const ADDS: Record<Last, NumberWord['kind'][]> = {
  // «خمسة وعشرون»: units come before tens in Arabic; English "twenty five" is tens then unit.
  unit: ['tens'],
  teen: [],
  tens: [],
  hundreds: ['unit', 'ten', 'tens'],
  group: ['unit', 'ten', 'tens', 'hundreds', 'hundred'],
};
const ENGLISH_ADDS: Record<Last, NumberWord['kind'][]> = { ...ADDS, unit: [], tens: ['unit'] };

const isEnglish = (t: NumberToken): boolean => /^[a-z]/.test(t.w);

/** A figure in words or digits starting at token i: its value, last token, and whether it is vague («عشرات»). */
function readFigure(tokens: NumberToken[], i: number): { value: number; last: number; vague: boolean } | undefined {
  const first = tokens[i]!;
  const nextWord = (j: number): WordReading | undefined => {
    const t = tokens[j];
    return t && joined(t) && t.digits === undefined ? lookupWord(t.w) : undefined;
  };
  if (first.digits !== undefined) {
    // «3 آلاف», "2 million"
    const mult = nextWord(i + 1);
    if (mult?.kind === 'multiplier' && !mult.conj) return { value: first.digits * mult.value, last: i + 1, vague: false };
    return { value: first.digits, last: i, vague: false };
  }
  const word = lookupWord(first.w);
  if (!word) return undefined;
  if (word.kind === 'vague' || (word.kind === 'multiplier' && word.plural)) {
    // «عشرات الآلاف», "tens of thousands"
    const ofSkip = tokens[i + 1]?.w === 'of' && joined(tokens[i + 1]!) ? 1 : 0;
    const then = nextWord(i + 1 + ofSkip);
    if (then?.kind === 'multiplier' && then.plural && word.kind === 'vague') {
      return { value: word.value * then.value, last: i + 1 + ofSkip, vague: true };
    }
    return { value: word.value, last: i + ofSkip, vague: true }; // "dozens of" as one phrase
  }

  const english = isEnglish(first);
  let total = 0;
  let current = 0;
  let last: Last | undefined;
  let end = i - 1;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (j > i && !(joined(t) || (english && t.gap.trim() === '-'))) break;
    if (english && t.w === 'and' && (last === 'hundreds' || last === 'group')) continue;
    const w = t.digits === undefined && isEnglish(t) === english ? lookupWord(t.w) : undefined;
    if (!w || w.kind === 'vague' || (w.conj && last === undefined && j > i)) break;
    if (w.teenOnly) {
      const next = nextWord(j + 1);
      if (next?.kind !== 'ten' || next.conj || (last !== undefined && !w.conj)) break;
    }
    if (last === undefined) {
      if (w.kind === 'multiplier' || w.kind === 'group') total += w.value;
      else current += w.value;
      last = w.kind === 'multiplier' || w.kind === 'group' ? 'group' : w.kind === 'hundred' ? 'hundreds' : w.kind === 'ten' ? 'teen' : w.kind;
    } else if (w.kind === 'ten' && last === 'unit' && !w.conj && !english) {
      current += 10; // أحد عشر … تسعة عشر
      last = 'teen';
    } else if (w.kind === 'hundred' && last === 'unit' && !w.conj) {
      current *= 100; // «خمس مئة», "five hundred"
      last = 'hundreds';
    } else if (w.kind === 'multiplier' && last !== 'group' && !w.conj) {
      total += current * w.value;
      current = 0;
      last = 'group';
    } else if ((english ? ENGLISH_ADDS : ADDS)[last].includes(w.kind) && w.conj === !english) {
      current += w.value;
      last = w.kind === 'hundred' ? 'hundreds' : w.kind === 'ten' ? 'teen' : (w.kind as Last);
    } else break;
    end = j;
  }
  if (end < i) return undefined;
  return { value: total + current, last: end, vague: false };
}

/** The number phrase starting at token i, quantifiers included. */
function matchAt(tokens: NumberToken[], i: number): NumberMatch | undefined {
  const t = tokens[i]!;
  const stem = dualStem(t.w);
  if (stem) return { value: 2, atLeast: false, approximate: false, start: t.start, end: t.end, first: i, last: i, dual: stem };

  let atLeast = false;
  let approximate = false;
  let at = i;
  const lower = phraseAt(tokens, i, AT_LEAST);
  const about = lower ? 0 : phraseAt(tokens, i, APPROXIMATE);
  if (lower || about) {
    at = i + lower + about;
    if (!tokens[at] || !joined(tokens[at]!)) return undefined;
    atLeast = lower > 0;
    approximate = about > 0;
  }
  const figure = readFigure(tokens, at);
  if (!figure) return undefined;
  let last = figure.last;
  const after = phraseAt(tokens, last + 1, AT_LEAST_AFTER);
  const roughly = after ? 0 : phraseAt(tokens, last + 1, APPROXIMATE_AFTER);
  if (after || roughly) {
    if (joined(tokens[last + 1]!)) {
      atLeast ||= after > 0;
      approximate ||= roughly > 0;
      last += after + roughly;
    }
  }
  return {
    value: figure.value,
    atLeast: atLeast || figure.vague,
    approximate: approximate && !figure.vague,
    start: t.start,
    end: tokens[last]!.end,
    first: i,
    last,
  };
}

/** Every number phrase in a text, left to right, non-overlapping. */
export function findNumbers(text: string, tokens: NumberToken[] = numberTokens(text)): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i);
    if (m) {
      found.push(m);
      i = m.last;
    }
  }
  return found;
}

/**
 * Reads a text that is one number phrase and nothing else: «1,200»,
 * «خمسة وعشرون», «أكثر من عشرين», «قتيلان», "dozens". Undefined when the
 * text holds anything more or is not a number.
 */
export function readNumber(text: string): NumberReading | undefined {
  const tokens = numberTokens(text);
  if (tokens.length === 0) return undefined;
  const m = matchAt(tokens, 0);
  if (!m || m.last !== tokens.length - 1) return undefined;
  return { value: m.value, atLeast: m.atLeast, approximate: m.approximate };
}
