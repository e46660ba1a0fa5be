import { ConflictException, Controller, Get, HttpCode, HttpStatus, NotFoundException, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { valid } from '../http/valid.js';
import { ApiKeyGuard, type AuthenticatedRequest } from '../subscriptions/api-key.guard.js';
import { SubscriptionService } from '../subscriptions/subscription.service.js';
import { ALERT_STATUSES, AlertHistoryService } from './alert-history.service.js';

const AlertQuerySchema = z.object({
  subscription: z.string().regex(/^sub_[0-9a-z]+$/).optional(),
  status: z.enum(ALERT_STATUSES).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * `GET /v1/alerts` — the caller's alerts and digests, newest first, with
 * every attempt's outcome; `GET /v1/alerts/:id`; `POST /v1/alerts/:id/redeliver`.
 * Alert ids contain `:` — URL-encode them in paths.
 */
@Controller('v1/alerts')
@UseGuards(ApiKeyGuard)
export class AlertsController {
  constructor(
    private readonly history: AlertHistoryService,
    private readonly subscriptions: SubscriptionService,
  ) {}

  @Get()
  async list(@Query() query: unknown, @Req() req: AuthenticatedRequest) {
    const q = valid(AlertQuerySchema, query, 'invalid_query');
    const own = await this.ownIds(req);
    if (q.subscription !== undefined && !own.has(q.subscription)) return { alerts: [] };
    const alerts = await this.history.list({
      subscriptionIds: q.subscription !== undefined ? [q.subscription] : [...own],
      ...(q.status !== undefined ? { status: q.status } : {}),
      since: q.since !== undefined ? Date.parse(q.since) : 0,
      until: q.until !== undefined ? Date.parse(q.until) : Number.MAX_SAFE_INTEGER,
      limit: q.limit,
    });
    return { alerts };
  }

  @Get(':id')
  async get(@Param('id') id: string, @Req() req: AuthenticatedRequest) {
    const record = await this.history.get(id, await this.ownIds(req));
    if (!record) throw new NotFoundException({ error: 'not_found', message: `no alert ${id}` });
    return record;
  }

  @Post(':id/redeliver')
  @HttpCode(HttpStatus.ACCEPTED)
  async redeliver(@Param('id') id: string, @Req() req: AuthenticatedRequest) {
    const outcome = await this.history.redeliver(id, await this.ownIds(req));
    if (outcome === 'not_found') throw new NotFoundException({ error: 'not_found', message: `no alert ${id}` });
    if (outcome === 'in_progress') throw new ConflictException({ error: 'in_progress', message: `alert ${id} is still being delivered` });
    return { alertId: id, status: 'queued' };
  }

  private async ownIds(req: AuthenticatedRequest): Promise<Set<string>> {
    return new Set((await this.subscriptions.list(req.tenant)).map((s) => s.id));
  }
}
