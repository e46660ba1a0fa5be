import { METRICS, sumOf, type Sample } from '#observability';

/** Samples from every service's /metrics at one moment. */
export interface Sampling {
  atMs: number;
  samples: Sample[];
  sources: { service: string; up: boolean; error?: string }[];
}

export interface Percentiles {
  p50: number;
  p90: number;
  p99: number;
}

/** What the dashboard shows at one moment; the page keeps a history of these for its time charts. */
export interface DashboardSnapshot {
  at: string;
  sources: Sampling['sources'];
  /** Records per second over the window, by stage (delivery: webhook alerts delivered). */
  throughput: Record<string, number>;
  /** Since each service started. */
  totals: { consumed: Record<string, number>; alertsDelivered: number; deadLetters: number; duplicates: number };
  /** Publish → delivered over the window, seconds; null when nothing was delivered in it. */
  endToEnd: Percentiles | null;
  /** Processing time per stage over the window, seconds. */
  stageDuration: Record<string, Percentiles | null>;
  lag: { service: string; topic: string; partition: string; messages: number }[];
  deadLetters: { stage: string; reason: string; count: number }[];
  queue: Record<string, number>;
  alertsBySubscription: { subscription: string; count: number }[];
}

export const STAGES = ['ingest', 'enricher', 'notifier', 'delivery'] as const;

/**
 * Builds a snapshot from the newest sampling and one from the start of the
 * window: rates and percentiles come from the difference of the cumulative
 * counters and histogram buckets, as Prometheus' rate() and
 * histogram_quantile() would compute them.
 */
export function buildSnapshot(now: Sampling, windowStart: Sampling | undefined): DashboardSnapshot {
  const before = windowStart ?? { atMs: now.atMs, samples: [], sources: [] };
  const seconds = Math.max((now.atMs - before.atMs) / 1000, 1e-9);
  const delta = (name: string, labels: Record<string, string> = {}) =>
    Math.max(0, sumOf(now.samples, name, labels) - sumOf(before.samples, name, labels));
  const rate = (name: string, labels: Record<string, string>) => (windowStart ? delta(name, labels) / seconds : 0);

  const throughput: Record<string, number> = {};
  const consumed: Record<string, number> = {};
  for (const stage of STAGES) {
    const [name, labels] =
      stage === 'delivery'
        ? [METRICS.deliveries.name, { channel: 'webhook', outcome: 'delivered' }]
        : [METRICS.recordsConsumed.name, { service: stage }];
    throughput[stage] = rate(name, labels);
    consumed[stage] = sumOf(now.samples, name, labels);
  }
  const stageDuration: Record<string, Percentiles | null> = {};
  for (const stage of STAGES) stageDuration[stage] = windowPercentiles(now.samples, before.samples, METRICS.stageDuration.name, { stage });

  return {
    at: new Date(now.atMs).toISOString(),
    sources: now.sources,
    throughput,
    totals: {
      consumed,
      alertsDelivered: sumOf(now.samples, METRICS.deliveries.name, { channel: 'webhook', outcome: 'delivered' }),
      deadLetters: sumOf(now.samples, METRICS.deadLetters.name),
      duplicates: sumOf(now.samples, METRICS.duplicatesSuppressed.name),
    },
    endToEnd: windowPercentiles(now.samples, before.samples, METRICS.endToEndLatency.name, {}),
    stageDuration,
    lag: now.samples
      .filter((s) => s.name === METRICS.consumerLag.name)
      .map((s) => ({ service: s.labels['service'] ?? '', topic: s.labels['topic'] ?? '', partition: s.labels['partition'] ?? '', messages: s.value })),
    deadLetters: grouped(now.samples, METRICS.deadLetters.name, ['stage', 'reason']).map(([[stage, reason], count]) => ({ stage: stage!, reason: reason!, count })),
    queue: Object.fromEntries(grouped(now.samples, METRICS.queueJobs.name, ['state']).map(([[state], n]) => [state!, n])),
    alertsBySubscription: grouped(now.samples, METRICS.alertsDelivered.name, ['subscription'])
      .map(([[subscription], count]) => ({ subscription: subscription!, count }))
      .sort((a, b) => b.count - a.count),
  };
}

/** Sums of the samples named `name`, grouped by the values of `by`. */
function grouped(samples: readonly Sample[], name: string, by: readonly string[]): [string[], number][] {
  const groups = new Map<string, [string[], number]>();
  for (const s of samples) {
    if (s.name !== name) continue;
    const key = by.map((l) => s.labels[l] ?? '');
    const id = JSON.stringify(key);
    const entry = groups.get(id) ?? [key, 0];
    entry[1] += s.value;
    groups.set(id, entry);
  }
  return [...groups.values()];
}

/** p50/p90/p99 of a histogram's observations between two samplings; null if there were none. */
export function windowPercentiles(now: readonly Sample[], before: readonly Sample[], histogram: string, labels: Record<string, string>): Percentiles | null {
  const buckets = new Map<number, number>();
  const bucketName = `${histogram}_bucket`;
  const add = (samples: readonly Sample[], sign: 1 | -1) => {
    for (const s of samples) {
      if (s.name !== bucketName || !Object.entries(labels).every(([k, v]) => s.labels[k] === v)) continue;
      const le = s.labels['le'] === '+Inf' ? Infinity : Number(s.labels['le']);
      buckets.set(le, (buckets.get(le) ?? 0) + sign * s.value);
    }
  };
  add(now, 1);
  add(before, -1);
  const sorted = [...buckets.entries()].sort(([a], [b]) => a - b);
  const total = sorted.at(-1)?.[1] ?? 0;
  if (total <= 0) return null;
  return { p50: quantile(sorted, total, 0.5), p90: quantile(sorted, total, 0.9), p99: quantile(sorted, total, 0.99) };
}

/** Linear interpolation inside the bucket holding the rank, as histogram_quantile() does. */
function quantile(sorted: [number, number][], total: number, q: number): number {
  const rank = q * total;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const [le, count] of sorted) {
    if (count >= rank) {
      if (le === Infinity) return lowerBound;
      return lowerBound + ((le - lowerBound) * (rank - lowerCount)) / Math.max(count - lowerCount, 1e-9);
    }
    lowerBound = le;
    lowerCount = count;
  }
  return lowerBound;
}
