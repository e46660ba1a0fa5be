import { Controller, Get, Header, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HEALTH_CHECKS, runHealthChecks, type HealthCheck } from './health.js';
import { MetricsRegistry } from './metrics.registry.js';

/** `/health` (503 when a dependency is down) and `/metrics` (Prometheus text). */
@Controller()
export class ObservabilityController {
  constructor(
    private readonly metrics: MetricsRegistry,
    @Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[],
  ) {}

  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    const report = await runHealthChecks(this.checks);
    res.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(report);
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metricsText(): string {
    return this.metrics.render();
  }
}
