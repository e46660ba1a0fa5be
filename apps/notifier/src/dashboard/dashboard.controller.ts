import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Controller, Get, Header, MessageEvent, Sse, UseGuards } from '@nestjs/common';
import { Observable, concat, from, map, merge } from 'rxjs';
import type { Alert } from '#contracts';
import { OpsAuthGuard } from '../ops/ops-auth.guard.js';
import { AlertStream } from '../stream/alert-stream.js';
import { DashboardSampler } from './dashboard-sampler.js';
import { RecentAlerts } from './recent-alerts.js';

const asset = (name: string): string => readFileSync(new URL(`./public/${name}`, import.meta.url), 'utf8');
/** Chart.js is served from node_modules: the page works without reaching any CDN. */
const chartJs = (): string => readFileSync(join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js'), 'utf8');

/**
 * The live ops dashboard: `GET /dashboard` (the page), its script and
 * Chart.js, and `GET /dashboard/stream` (server-sent events: a `snapshot` of
 * the metrics every sampling interval, each `alert` as it is delivered).
 * Operators only.
 */
@Controller('dashboard')
@UseGuards(OpsAuthGuard)
export class DashboardController {
  private readonly page = asset('dashboard.html');
  private readonly script = asset('dashboard.js');
  private readonly charts = chartJs();

  constructor(
    private readonly sampler: DashboardSampler,
    private readonly recent: RecentAlerts,
    private readonly alerts: AlertStream,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  html(): string {
    return this.page;
  }

  @Get('dashboard.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  js(): string {
    return this.script;
  }

  @Get('chart.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'max-age=86400')
  chart(): string {
    return this.charts;
  }

  @Sse('stream')
  stream(): Observable<MessageEvent> {
    const alertEvent = (a: Alert): MessageEvent => ({ id: a.alertId, type: 'alert', data: a });
    // The recent ones oldest first, so the page can prepend each as it arrives.
    const alerts = concat(from([...this.recent.list()].reverse()), this.alerts.all()).pipe(map(alertEvent));
    return merge(this.sampler.snapshots.pipe(map((s): MessageEvent => ({ type: 'snapshot', data: s }))), alerts);
  }
}
