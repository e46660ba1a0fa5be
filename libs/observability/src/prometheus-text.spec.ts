import { describe, expect, it } from '@jest/globals';
import { MetricsRegistry } from './metrics.registry.js';
import { METRICS } from './metric-definitions.js';
import { parsePrometheusText, sumOf } from './prometheus-text.js';

describe('metrics registry and the Prometheus text it serves', () => {
  it('renders counters and histograms with the service label, and parses back to the same values', async () => {
    const metrics = new MetricsRegistry('ingest');
    metrics.counter(METRICS.recordsConsumed).inc({ topic: 'articles.raw.v1', outcome: 'published' }, 3);
    metrics.counter(METRICS.recordsConsumed).inc({ topic: 'articles.raw.v1', outcome: 'dead_lettered' });
    metrics.histogram(METRICS.stageDuration).observe({ stage: 'ingest' }, 0.02);
    metrics.counter(METRICS.deadLetters).inc({ stage: 'ingest', reason: 'bad "quoted" \\ reason' });

    const samples = parsePrometheusText(await metrics.render());
    expect(sumOf(samples, 'marsad_kafka_records_consumed_total', { service: 'ingest', outcome: 'published' })).toBe(3);
    expect(sumOf(samples, 'marsad_kafka_records_consumed_total', { topic: 'articles.raw.v1' })).toBe(4);
    expect(sumOf(samples, 'marsad_stage_duration_seconds_bucket', { stage: 'ingest', le: '0.025' })).toBe(1);
    expect(sumOf(samples, 'marsad_stage_duration_seconds_bucket', { stage: 'ingest', le: '0.01' })).toBe(0);
    expect(samples.find((s) => s.name === 'marsad_dead_letters_total')?.labels['reason']).toBe('bad "quoted" \\ reason');
    // Default process metrics are on.
    expect(samples.some((s) => s.name === 'process_cpu_user_seconds_total')).toBe(true);
  });

  it('returns the same metric when asked twice, so two classes can share one', () => {
    const metrics = new MetricsRegistry('notifier');
    expect(metrics.counter(METRICS.deliveries)).toBe(metrics.counter(METRICS.deliveries));
  });
});
