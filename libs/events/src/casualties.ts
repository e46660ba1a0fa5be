import { findNumbers, type NumberMatch } from './numbers/arabic-numbers.js';
import { joined, numberTokens, type NumberToken } from './numbers/number-tokens.js';
import { DUAL_STEMS } from './numbers/number-words.js';
import {
  bare, isPersonNoun, LINK_WORDS, NOT_PEOPLE, ROLE_NOUNS, TRIGGERS, type CasualtyRole,
} from './casualty-words.js';

export type { CasualtyRole } from './casualty-words.js';

export interface CasualtySpan {
  role: CasualtyRole | 'killedOrWounded';
  value: number;
  atLeast: boolean;
  approximate: boolean;
  /** Offsets of the figure (quantifier included) in the sentence. */
  start: number;
  end: number;
}

export interface Casualties {
  killed?: number;
  wounded?: number;
  arrested?: number;
  /** One figure for dead and wounded together («30 بين قتيل وجريح»). */
  killedOrWounded?: number;
  /** Some figure used is a lower bound. */
  atLeast?: boolean;
  spans: CasualtySpan[];
}

/** Content words a trigger may stand from its count when a person noun follows («اعتقلت القوات الإسرائيلية 15 فلسطينيا»). */
const MAX_WORDS_BETWEEN = 3;
const PASSIVE_FILLER = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'be', 'reportedly', 'also', 'being']);
const ENGLISH_PASSIVE: Record<string, CasualtyRole> = {
  killed: 'killed', dead: 'killed', died: 'killed', wounded: 'wounded', injured: 'wounded', hurt: 'wounded',
  arrested: 'arrested', detained: 'arrested', abducted: 'arrested', kidnapped: 'arrested', captured: 'arrested',
};

const trigger = (t: NumberToken | undefined): CasualtyRole | undefined => (t ? TRIGGERS.get(bare(t.w, (w) => TRIGGERS.has(w))) : undefined);
const roleNoun = (t: NumberToken | undefined): CasualtyRole | undefined => (t ? ROLE_NOUNS.get(bare(t.w, (w) => ROLE_NOUNS.has(w))) : undefined);
const merge = (roles: Set<CasualtyRole>): CasualtySpan['role'] | undefined =>
  roles.has('killed') && roles.has('wounded') ? 'killedOrWounded' : [...roles][0];

/** The role the words after the count give it: «3 قتلى», «30 بين قتيل وجريح», «12 قتيلا وجريحا», "5 people were killed". */
function roleAfter(tokens: NumberToken[], m: NumberMatch): CasualtySpan['role'] | undefined {
  const next = tokens[m.last + 1];
  if (!next) return undefined;
  if (next.w === 'بين' && roleNoun(tokens[m.last + 2]) && roleNoun(tokens[m.last + 3])) return 'killedOrWounded';
  if (next.w === 'casualties') return 'killedOrWounded';
  const role = roleNoun(next);
  if (role) {
    const other = roleNoun(tokens[m.last + 2]);
    return other && other !== role && tokens[m.last + 2]!.w.startsWith('و') ? merge(new Set([role, other])) : role;
  }
  // English passive: up to two describing words, auxiliaries, then the participle.
  if (/^[a-z]/.test(next.w)) {
    let described = 0;
    for (let j = m.last + 1; j < Math.min(tokens.length, m.last + 7); j++) {
      const w = tokens[j]!.w;
      if (!joined(tokens[j]!) && j > m.last + 1) return undefined;
      if (ENGLISH_PASSIVE[w] && j > m.last + 1) return ENGLISH_PASSIVE[w];
      if (PASSIVE_FILLER.has(w)) continue;
      if (NOT_PEOPLE.has(w) || !/^[a-z]+$/.test(w) || ++described > 2) return undefined;
    }
  }
  return undefined;
}

/** Whether a person noun follows the count, allowing one English adjective ("5 Palestinian civilians"). */
function peopleAfter(tokens: NumberToken[], m: NumberMatch): boolean {
  const next = tokens[m.last + 1];
  if (next && isPersonNoun(bare(next.w, isPersonNoun))) return true;
  const then = tokens[m.last + 2];
  return !!next && !!then && /^[a-z]/.test(next.w) && joined(then) && isPersonNoun(then.w);
}

/** The triggers before the count («مقتل وإصابة 12») and how many other words stand between. */
function triggersBefore(tokens: NumberToken[], m: NumberMatch): { roles: Set<CasualtyRole>; between: number } {
  const roles = new Set<CasualtyRole>();
  let between = 0;
  let j = m.first - 1;
  for (; j >= 0; j--) {
    const t = tokens[j]!;
    if (!/^[\s\u200f\u200e]*$/u.test(tokens[j + 1]!.gap)) break; // a comma or full stop cuts the link
    const role = trigger(t);
    if (role) {
      roles.add(role);
      // «مقتل وإصابة»: a trigger joined by «و» to the one after it, or "killed and wounded"
      if (tokens[j - 1] && trigger(tokens[j - 1]) && (t.w.startsWith('و') || tokens[j - 1]!.w === 'and')) continue;
      if (tokens[j - 1]?.w === 'and' && trigger(tokens[j - 2])) { j--; continue; }
      break;
    }
    if (roles.size > 0) break;
    if (LINK_WORDS.has(t.w)) continue;
    if (t.digits !== undefined || ++between > MAX_WORDS_BETWEEN) break;
  }
  return { roles, between: roles.size ? between : 0 };
}

/** Counts that are clearly of something else: a unit or a month after it, a clock or a percent sign, a bare year. */
function notPeople(sentence: string, tokens: NumberToken[], m: NumberMatch): boolean {
  const next = tokens[m.last + 1];
  if (next && joined(next) && NOT_PEOPLE.has(bare(next.w, (w) => NOT_PEOPLE.has(w)))) return true;
  // «5 في المئة»
  if (next && (next.w === 'في' || next.w === 'per') && NOT_PEOPLE.has(tokens[m.last + 2]?.w ?? '')) return true;
  if (/^\s*[%٪:]/u.test(sentence.slice(m.end))) return true;
  const first = tokens[m.first]!;
  return first.digits !== undefined && m.first === m.last && first.digits >= 1900 && first.digits <= 2100;
}

/**
 * Killed, wounded and arrested figures in one sentence. A count is a
 * casualty figure when a casualty noun follows it («3 قتلى»), or a trigger
 * stands right before it («مقتل 5»، «اعتقال 15»), or a trigger stands a few
 * words before and a noun for people follows («قتل الجيش 5 مسلحين»). Numbers
 * of anything else (years, «10 كيلومترات», «الساعة 5», money) are left out.
 *
 * Several figures for one role: counts listed together («3 جنود و2 مدنيين»)
 * add up; separate mentions of the same toll do not, the largest is kept.
 */
export function findCasualties(sentence: string): Casualties {
  const tokens = numberTokens(sentence);
  const spans: CasualtySpan[] = [];
  const totals: { role: CasualtySpan['role']; value: number }[] = [];
  let previous: { span: CasualtySpan; last: number } | undefined;
  for (const m of findNumbers(sentence, tokens)) {
    let role: CasualtySpan['role'] | undefined;
    let listed = false;
    if (m.dual) {
      const kind = DUAL_STEMS[m.dual];
      const before = triggersBefore(tokens, m);
      role = kind === 'killed' || kind === 'wounded' ? kind : before.between === 0 ? merge(before.roles) : undefined;
    } else if (!notPeople(sentence, tokens, m)) {
      const before = triggersBefore(tokens, m);
      const people = peopleAfter(tokens, m);
      role = roleAfter(tokens, m) ?? (before.roles.size && (before.between === 0 || people) ? merge(before.roles) : undefined);
      // «7 آخرين قتلوا», «17 حوثياً قتلوا على الأقل»: the people counted, then what befell them.
      // Not when the verb has an object of its own: «7 مسلحين قتلوا 3 جنود» counts the killers.
      const then = tokens[m.last + 2];
      const object = tokens[m.last + 3];
      const transitive = object !== undefined && joined(object) && (object.digits !== undefined || isPersonNoun(bare(object.w, isPersonNoun)) || findNumbers(object.w).length > 0);
      if (!role && people && then && joined(then) && joined(tokens[m.last + 1]!) && !transitive) role = trigger(then);
      // «مقتل 3 جنود و2 مدنيين»: a second count joined by «و» takes the first one's role.
      const conj = tokens[m.first - 1]?.w === 'و' || tokens[m.first - 1]?.w === 'and' || tokens[m.first]!.w.startsWith('و');
      if (!role && previous && people && conj && m.first - previous.last <= 3) {
        role = previous.span.role;
        listed = true;
      }
    }
    if (!role) continue;
    const span: CasualtySpan = { role, value: m.value, atLeast: m.atLeast, approximate: m.approximate, start: m.start, end: m.end };
    spans.push(span);
    const total = listed ? totals.at(-1) : undefined;
    if (total) total.value += m.value;
    else totals.push({ role, value: m.value });
    previous = { span, last: m.last };
  }
  const result: Casualties = { spans };
  for (const { role, value } of totals) result[role] = Math.max(result[role] ?? 0, value);
  if (spans.some((s) => s.atLeast)) result.atLeast = true;
  return result;
}
