import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { HistogramDefinition, MetricDefinition } from './metric-definitions.js';

/**
 * One prom-client registry per service (not prom-client's global one: tests
 * run the three services in one process). Every series gets the service's
 * name as a label, and the default process and Node.js metrics are on.
 * Metrics are created from their definitions in METRICS; asking twice for
 * the same one returns the same instance.
 */
export class MetricsRegistry {
  readonly registry = new Registry();

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  counter<L extends string>(def: MetricDefinition<L>): Counter<L> {
    return this.existing(def.name) ?? new Counter({ name: def.name, help: def.help, labelNames: def.labelNames, registers: [this.registry] });
  }

  histogram<L extends string>(def: HistogramDefinition<L>): Histogram<L> {
    return (
      this.existing(def.name) ??
      new Histogram({ name: def.name, help: def.help, labelNames: def.labelNames, buckets: [...def.buckets], registers: [this.registry] })
    );
  }

  /** A gauge; `collect` (if given) sets its values at each scrape, e.g. from Kafka or Redis. */
  gauge<L extends string>(def: MetricDefinition<L>, collect?: (gauge: Gauge<L>) => Promise<void>): Gauge<L> {
    const existing = this.existing<Gauge<L>>(def.name);
    if (existing) return existing;
    const gauge: Gauge<L> = new Gauge({
      name: def.name,
      help: def.help,
      labelNames: def.labelNames,
      registers: [this.registry],
      ...(collect ? { collect: () => collect(gauge) } : {}),
    });
    return gauge;
  }

  /** The Prometheus text exposition of every metric. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private existing<M>(name: string): M | undefined {
    return this.registry.getSingleMetric(name) as M | undefined;
  }
}
