import { asciiDigits, numberTokens, type NumberToken } from './numbers/number-tokens.js';

/** Month names, folded: Egyptian/Gulf (يناير), Levantine (كانون الثاني) and English. */
const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يوليو: 7, يوليه: 7, اغسطس: 8, سبتمبر: 9, اكتوبر: 10,
  نوفمبر: 11, ديسمبر: 12, شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6, تموز: 7, اب: 8, ايلول: 9,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
/** Two-word Levantine months: كانون/تشرين with الأول or الثاني. */
const PAIRED: Record<string, [number, number]> = { كانون: [12, 1], تشرين: [10, 11] };

const WEEKDAYS: Record<string, number> = {
  الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
/** Words that place a weekday in time («يوم الخميس»، «صباح الاثنين»), needed for الاثنين, which is also "the two". */
const DAY_PART = new Set(['يوم', 'صباح', 'مساء', 'ليل', 'ليله', 'فجر', 'ظهر', 'عصر', 'on', 'last']);
const FUTURE = new Set(['المقبل', 'القادم', 'next', 'المقبله']);

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** UTC midnight of y-m-d, or undefined when the day does not exist (31 June). */
function utcDay(y: number, m: number, d: number): number | undefined {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  return y >= 1900 && y <= 2100 && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms : undefined;
}

/** The calendar day of an instant in a time zone, as UTC midnight: a 23:30 UTC story is already tomorrow in Riyadh. */
function localDay(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'));
}

/** «كانون الثاني» or a one-word month at token i: month number and tokens taken. */
function monthAt(tokens: NumberToken[], i: number): [number, number] | undefined {
  const w = tokens[i]?.w;
  if (!w) return undefined;
  const pair = PAIRED[w];
  const next = tokens[i + 1]?.w;
  if (pair && (next === 'الاول' || next === 'الثاني')) return [next === 'الاول' ? pair[0] : pair[1], 2];
  return MONTHS[w] ? [MONTHS[w], 1] : undefined;
}

const year = (t: NumberToken | undefined): number | undefined =>
  t?.digits !== undefined && t.digits >= 1900 && t.digits <= 2100 ? t.digits : undefined;
const dayOfMonth = (t: NumberToken | undefined): number | undefined =>
  t?.digits !== undefined && t.digits >= 1 && t.digits <= 31 && t.w.length <= 2 ? t.digits : undefined;

interface Explicit {
  y?: number;
  m: number;
  d: number;
}

/** «15 يوليو»، «15 تموز 2015»، "15 July 2015", "July 15, 2015", «2015/7/15», «15/7/2015». */
function explicitDates(sentence: string, tokens: NumberToken[]): Explicit[] {
  const found: Explicit[] = [];
  const digits = asciiDigits(sentence);
  for (const m of digits.matchAll(/(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/g)) found.push({ y: +m[1]!, m: +m[2]!, d: +m[3]! });
  for (const m of digits.matchAll(/(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g)) found.push({ y: +m[3]!, m: +m[2]!, d: +m[1]! });
  for (let i = 0; i < tokens.length; i++) {
    const d = dayOfMonth(tokens[i]);
    const after = d !== undefined ? monthAt(tokens, i + 1) : undefined;
    if (d !== undefined && after) {
      // «15 يوليو عام 2015»
      let k = i + 1 + after[1];
      if (tokens[k]?.w === 'عام' || tokens[k]?.w === 'سنه') k++;
      found.push({ y: year(tokens[k]), m: after[0], d });
      continue;
    }
    const before = monthAt(tokens, i);
    const d2 = before ? dayOfMonth(tokens[i + before[1]]) : undefined;
    if (before && d2 !== undefined && /^[a-z]/.test(tokens[i]!.w)) found.push({ y: year(tokens[i + before[1] + 1]), m: before[0], d: d2 });
  }
  return found;
}

/** Days before publication a relative word names («أمس» → 1), at token i. */
function relativeAt(tokens: NumberToken[], i: number): number | undefined {
  const w = tokens[i]!.w.replace(/^(و|ب)(?=ال|امس)/u, '');
  const next = tokens[i + 1]?.w;
  if (w === 'اول' && (next === 'امس' || (next === 'من' && tokens[i + 2]?.w === 'امس'))) return 2;
  if (w === 'day' && tokens[i - 1]?.w === 'the' && next === 'before' && tokens[i + 2]?.w === 'yesterday') return 2;
  if ((w === 'امس' || w === 'الامس') && tokens[i - 1]?.w !== 'اول' && tokens[i - 1]?.w !== 'من') return 1;
  if (w === 'البارحه' || (w === 'yesterday' && tokens[i - 1]?.w !== 'before')) return 1;
  // «الليلة الماضية», "last night": the night before the story.
  if ((w === 'الليله' && (next === 'الماضيه' || next === 'البارحه')) || (w === 'night' && tokens[i - 1]?.w === 'last')) return 1;
  if (w === 'اليوم' || w === 'الليله' || w === 'today' || w === 'tonight') return 0;
  return undefined;
}

/** The weekday named at token i, unless it points forward («الخميس المقبل», "next Monday"). */
function weekdayAt(tokens: NumberToken[], i: number): number | undefined {
  const w = tokens[i]!.w.replace(/^و(?=ال)/u, '');
  const day = WEEKDAYS[w];
  if (day === undefined) return undefined;
  const prev = tokens[i - 1]?.w;
  if (FUTURE.has(tokens[i + 1]?.w ?? '') || prev === 'next') return undefined;
  if (w === 'الاثنين' && !DAY_PART.has(prev ?? '') && tokens[i + 1]?.w !== 'الماضي') return undefined;
  return day;
}

/**
 * The day (yyyy-mm-dd) a sentence says its event happened, resolved against
 * the publication time in the newsroom's time zone. An explicit full date
 * wins, then a day and month (in the latest year that puts it on or before
 * publication), then «أول أمس»/«أمس»/«اليوم», then a weekday (the latest
 * such day on or before publication). Without a publication date only a
 * full explicit date resolves.
 */
export function resolveEventDate(sentence: string, publishedAt: Date | undefined, timeZone = 'Asia/Riyadh'): string | undefined {
  const tokens = numberTokens(sentence);
  const explicit = explicitDates(sentence, tokens);
  for (const e of explicit) {
    const ms = e.y !== undefined ? utcDay(e.y, e.m, e.d) : undefined;
    if (ms !== undefined) return iso(ms);
  }
  if (!publishedAt || Number.isNaN(publishedAt.getTime())) return undefined;
  const published = localDay(publishedAt, timeZone);
  const pubYear = new Date(published).getUTCFullYear();
  for (const e of explicit) {
    if (e.y !== undefined) continue; // a full date that does not exist («31/6/2015») stays unresolved
    const ms = utcDay(pubYear, e.m, e.d);
    if (ms !== undefined) return iso(ms <= published ? ms : utcDay(pubYear - 1, e.m, e.d) ?? ms);
  }
  for (let i = 0; i < tokens.length; i++) {
    const back = relativeAt(tokens, i);
    if (back !== undefined) return iso(published - back * DAY_MS);
  }
  for (let i = 0; i < tokens.length; i++) {
    const day = weekdayAt(tokens, i);
    if (day !== undefined) return iso(published - ((new Date(published).getUTCDay() - day + 7) % 7) * DAY_MS);
  }
  return undefined;
}
