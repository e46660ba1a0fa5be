import type { Flow } from '#contracts';

type QuietHours = NonNullable<Flow['quietHours']>;

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** One formatter per time zone: building one costs more than using it, and every routed alert asks. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
};

/** Minutes since local midnight and the offset of local time from UTC (ms) at `at`, in `timeZone`. */
function localClock(at: Date, timeZone: string): { minutes: number; offsetMs: number } {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const asUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return { minutes: Number(parts['hour']) * 60 + Number(parts['minute']), offsetMs: asUtc - Math.floor(at.getTime() / 1000) * 1000 };
}

/**
 * When the quiet hours around `now` end, or undefined if `now` is outside
 * them. Hours are the subscriber's wall clock in their time zone, and may
 * span midnight (22:00–07:00). The end is found by stepping local minutes,
 * then re-reading the offset there, so a daylight-saving change inside the
 * quiet hours moves the end with the clock, as the subscriber expects.
 */
export function quietHoursEnd(now: Date, quiet: QuietHours): Date | undefined {
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  const { minutes, offsetMs } = localClock(now, quiet.timeZone);
  const inside = from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
  if (!inside) return undefined;
  const untilEnd = (to - minutes + 1_440) % 1_440;
  const start = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  let end = new Date(start.getTime() + untilEnd * 60_000);
  // Daylight saving between now and then shifts the wall clock: correct by the change of offset.
  const shift = offsetMs - localClock(end, quiet.timeZone).offsetMs;
  if (shift !== 0) end = new Date(end.getTime() + shift);
  return end;
}

/** When the quiet hours that end at `end` began (the digest's window start); a daylight-saving change inside them is ignored. */
export function quietHoursStart(end: Date, quiet: QuietHours): Date {
  const length = (minutesOf(quiet.to) - minutesOf(quiet.from) + 1_440) % 1_440;
  return new Date(end.getTime() - length * 60_000);
}

/**
 * The end of the digest period containing `now`. Periods are aligned to the
 * Unix epoch, that is to UTC: a daily digest (1440) is sent at 00:00 UTC.
 */
export function digestPeriodEnd(now: Date, everyMinutes: number): Date {
  const period = everyMinutes * 60_000;
  return new Date((Math.floor(now.getTime() / period) + 1) * period);
}
