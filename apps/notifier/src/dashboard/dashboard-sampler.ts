import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { Observable, Subject, exhaustMap, map, scan, shareReplay, takeUntil, timer } from 'rxjs';
import { MetricsRegistry, parsePrometheusText } from '#observability';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config.js';
import { buildSnapshot, type DashboardSnapshot, type Sampling } from './dashboard-snapshot.js';

/** Rates and percentiles are taken over this much history: smooth enough to read, short enough to be live. */
const WINDOW_MS = 10_000;

/**
 * Samples every service's /metrics (the notifier's own registry directly, the
 * others over HTTP) while at least one dashboard is open, and turns the
 * samplings into snapshots. The dashboard reads the same numbers Prometheus
 * scrapes, so the two never disagree.
 */
@Injectable()
export class DashboardSampler implements BeforeApplicationShutdown {
  readonly snapshots: Observable<DashboardSnapshot>;
  private readonly closing = new Subject<void>();

  constructor(
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    private readonly metrics: MetricsRegistry,
  ) {
    const interval = config.MARSAD_DASHBOARD_INTERVAL_MS;
    this.snapshots = timer(0, interval).pipe(
      // A slow source makes a sampling skip a tick instead of piling up requests.
      exhaustMap(() => this.sample(interval)),
      scan((history: Sampling[], s) => [...history.filter((h) => s.atMs - h.atMs <= WINDOW_MS), s], []),
      map((history) => buildSnapshot(history.at(-1)!, history.length > 1 ? history[0] : undefined)),
      takeUntil(this.closing),
      // One sampling loop for all viewers; it stops when the last one leaves.
      shareReplay({ bufferSize: 1, refCount: true }),
    );
  }

  beforeApplicationShutdown(): void {
    this.closing.next();
  }

  private async sample(timeoutMs: number): Promise<Sampling> {
    const own = { service: 'notifier', text: () => this.metrics.render() };
    const remote = this.config.MARSAD_DASHBOARD_SOURCES.map(({ service, url }) => ({
      service,
      text: async () => {
        const res = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(timeoutMs) });
        if (!res.ok) throw new Error(`${url}/metrics answered ${res.status}`);
        return res.text();
      },
    }));
    const results = await Promise.all(
      [own, ...remote].map(async ({ service, text }) => {
        try {
          return { service, up: true, samples: parsePrometheusText(await text()) };
        } catch (error) {
          return { service, up: false, error: (error as Error).message, samples: [] };
        }
      }),
    );
    return {
      atMs: Date.now(),
      samples: results.flatMap((r) => r.samples),
      sources: results.map(({ service, up, error }) => (error === undefined ? { service, up } : { service, up, error })),
    };
  }
}
