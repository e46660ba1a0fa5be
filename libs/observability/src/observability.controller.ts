import { Controller, Get, Inject, Res } from '@nestjs/common';
import { HealthCheck as TerminusHealthCheck, HealthCheckService, HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { HEALTH_CHECKS, withTimeout, type HealthCheck } from './health.js';
import { MetricsRegistry } from './metrics.registry.js';

const CHECK_TIMEOUT_MS = 2000;

/**
 * `/health/live`: the process serves requests (restart it if not).
 * `/health/ready`: every dependency answers — Kafka, Redis where used, and the
 * consumer has joined its group — so it should get traffic (503 if not).
 * `/health` is the readiness report too, kept for existing probes.
 * `/metrics`: Prometheus text from this service's registry.
 */
@Controller()
export class ObservabilityController {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[],
  ) {}

  @Get('health/live')
  @TerminusHealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get(['health/ready', 'health'])
  @TerminusHealthCheck()
  ready() {
    return this.health.check(this.checks.map((c) => () => this.indicate(c)));
  }

  @Get('metrics')
  async metricsText(@Res() res: Response): Promise<void> {
    res.type(this.metrics.contentType).send(await this.metrics.render());
  }

  private async indicate(c: HealthCheck): Promise<HealthIndicatorResult> {
    const session = this.indicators.check(c.name);
    try {
      await withTimeout(c.check(), CHECK_TIMEOUT_MS);
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
