import type { PloverType } from '#contracts';
import { fold } from '#text';
import type { TriggerHit } from './trigger-matcher.js';

/**
 * Triggers whose words stand apart, with the object between them: «حمّل
 * الحوثيون الأمم المتحدة مسؤولية …» (held the UN responsible), «دعا الوزير
 * المفوض السامي لزيارة عدن» (invited him to visit). The phrase index matches
 * contiguous words only, so these are read here: a head word, then within a
 * few words a tail that decides what the head means. The hit spans the head
 * word, where the sentence's first trigger is looked for, and takes the
 * place of any lexicon trigger overlapping it («دعا» alone is a REQUEST).
 * The words between may not hold a full stop or open another clause
 * («فيما», «بينما», «كما»).
 */
export interface TriggerFrame {
  head: readonly string[];
  tail: readonly string[];
  /** Most words between head and tail. */
  within: number;
  type: PloverType;
  mode?: string;
  cameo: string;
}

export const TRIGGER_FRAMES: readonly TriggerFrame[] = [
  // Holding someone responsible is an accusation (CAMEO 112).
  {
    // Not «تحمل/يحمل»: «تحمل الحكومة المسؤولية» is bearing it.
    head: ['حمل', 'حملت', 'حملوا', 'محملا', 'محملة'],
    tail: ['مسؤولية', 'المسؤولية'],
    within: 6,
    type: 'ACCUSE',
    mode: 'allege',
    cameo: '112',
  },
  // «أوقف» detains a person but stops an operation: «أوقفت القوات العراقية عمليات القصف» is a halt (CAMEO 087 de-escalate).
  {
    // Not «علق» (commented), «وقف وراء» (stood behind), «توقف عند» (dwelt on): only «أوقف», the operations close after it.
    head: ['أوقف', 'أوقفت', 'أوقفوا', 'يوقف'],
    tail: ['عمليات القصف', 'العمليات العسكرية', 'عملياتها العسكرية', 'عمليات عسكرية', 'القصف', 'الغارات', 'الهجمات', 'العملية العسكرية'],
    within: 2,
    type: 'RETREAT',
    mode: 'ceasefire',
    cameo: '087',
  },
  // An invitation to visit or attend is an agreement to meet (PLOVER AGREE; CAMEO 036, intent to meet).
  {
    head: ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'وجه دعوة', 'وجهت دعوة', 'دعوة'],
    // Not «لعقد»: «دعت المعارضة مجلس الأمن لعقد جلسة» is a request.
    tail: ['لزيارة', 'إلى زيارة', 'لحضور', 'إلى حضور', 'للمشاركة في'],
    within: 20,
    type: 'AGREE',
    cameo: '036',
  },
];

/** A frame's trigger: offsets of its head word, in the folded text findFrames was given. */
export type FrameHit = TriggerHit;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]) => words.map((w) => escape(fold(w).text)).join('|');

/** Compiled once: head (with a leading و/ف), up to `within` words, tail (bare or after ب/ل; «و» would start another clause). */
const COMPILED = TRIGGER_FRAMES.map((frame) => ({
  frame,
  tails: frame.tail.map((t) => fold(t).text),
  pattern: new RegExp(
    `(?<=^|[\\s«"(])([وف]?(?:${alternatives(frame.head)}))(?=[\\s،,])(?:[\\s،,]+(?!(?:فيما|بينما|و?كما)(?:\\s|$))[^\\s،,.]+){0,${frame.within}}?[\\s،,«"]+[بل]?(?:${alternatives(frame.tail)})(?=$|[\\s،,.»"])`,
    'gu',
  ),
}));

/** Frame triggers in a folded text (offsets into it). */
export function findFrames(folded: string): FrameHit[] {
  const hits: FrameHit[] = [];
  for (const { frame, pattern, tails } of COMPILED) {
    // Tails are rarer than heads: a sentence without one needs no regular expression.
    if (!tails.some((t) => folded.includes(t))) continue;
    for (const m of folded.matchAll(pattern)) {
      const start = m.index;
      hits.push({ type: frame.type, ...(frame.mode ? { mode: frame.mode } : {}), cameo: frame.cameo, start, end: start + m[1]!.length, phrase: `${frame.head[0]} … ${frame.tail[0]}` });
    }
  }
  return hits;
}
