import { describe, expect, it } from '@jest/globals';
import { parsePrometheusText } from '#observability';
import { buildSnapshot, windowPercentiles } from './dashboard-snapshot.js';

const sampling = (atMs: number, text: string) => ({ atMs, samples: parsePrometheusText(text), sources: [] });

const histogram = (counts: [string, number][]) =>
  counts.map(([le, n]) => `marsad_end_to_end_latency_seconds_bucket{le="${le}",service="notifier"} ${n}`).join('\n');

describe('dashboard snapshot', () => {
  it('turns counter differences over the window into rates per stage', () => {
    const before = sampling(0, 'marsad_kafka_records_consumed_total{service="ingest",topic="articles.raw.v1",outcome="published"} 10');
    const now = sampling(
      4000,
      [
        'marsad_kafka_records_consumed_total{service="ingest",topic="articles.raw.v1",outcome="published"} 26',
        'marsad_kafka_records_consumed_total{service="ingest",topic="articles.raw.v1",outcome="duplicate"} 4',
        'marsad_deliveries_total{service="notifier",channel="webhook",outcome="delivered"} 2',
        'marsad_deliveries_total{service="notifier",channel="webhook",outcome="retry"} 7',
      ].join('\n'),
    );
    const snapshot = buildSnapshot(now, before);
    expect(snapshot.throughput).toEqual({ ingest: 5, enricher: 0, notifier: 0, delivery: 0.5 });
    expect(snapshot.totals.consumed['ingest']).toBe(30);
    expect(snapshot.totals.alertsDelivered).toBe(2);
  });

  it('reports no rate without a window start, rather than a rate since the epoch', () => {
    const now = sampling(4000, 'marsad_kafka_records_consumed_total{service="ingest",topic="t",outcome="published"} 26');
    expect(buildSnapshot(now, undefined).throughput['ingest']).toBe(0);
  });

  it('computes percentiles from the bucket counts observed in the window only', () => {
    // Before: 100 fast observations. In the window: 10 more, all between 1 and 2 s.
    const before = parsePrometheusText(histogram([['0.5', 100], ['1', 100], ['2', 100], ['+Inf', 100]]));
    const now = parsePrometheusText(histogram([['0.5', 100], ['1', 100], ['2', 110], ['+Inf', 110]]));
    const p = windowPercentiles(now, before, 'marsad_end_to_end_latency_seconds', {})!;
    expect(p.p50).toBeCloseTo(1.5);
    expect(p.p90).toBeCloseTo(1.9);
    expect(windowPercentiles(before, before, 'marsad_end_to_end_latency_seconds', {})).toBeNull();
  });

  it('groups dead letters by stage and reason, and the queue by state', () => {
    const now = sampling(
      0,
      [
        'marsad_dead_letters_total{service="ingest",stage="ingest",reason="invalid_json"} 3',
        'marsad_dead_letters_total{service="ingest",stage="ingest",reason="oversize"} 1',
        'marsad_queue_jobs{service="notifier",queue="alerts",state="failed"} 2',
        'marsad_queue_jobs{service="notifier",queue="alerts",state="waiting"} 0',
      ].join('\n'),
    );
    const snapshot = buildSnapshot(now, undefined);
    expect(snapshot.deadLetters).toEqual([
      { stage: 'ingest', reason: 'invalid_json', count: 3 },
      { stage: 'ingest', reason: 'oversize', count: 1 },
    ]);
    expect(snapshot.queue).toEqual({ failed: 2, waiting: 0 });
    expect(snapshot.totals.deadLetters).toBe(4);
  });
});
