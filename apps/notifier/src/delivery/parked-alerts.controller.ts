import { ConflictException, Controller, Get, HttpCode, HttpStatus, NotFoundException, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiKeyGuard, type AuthenticatedRequest } from '../subscriptions/api-key.guard.js';
import { SubscriptionService } from '../subscriptions/subscription.service.js';
import { ParkedAlertsService } from './parked-alerts.service.js';

/**
 * `GET /v1/alerts/failed` lists the caller's parked alerts (delivery gave up);
 * `POST /v1/alerts/:alertId/redrive` queues one again once the receiver is fixed.
 */
@Controller('v1/alerts')
@UseGuards(ApiKeyGuard)
export class ParkedAlertsController {
  constructor(
    private readonly parked: ParkedAlertsService,
    private readonly subscriptions: SubscriptionService,
  ) {}

  @Get('failed')
  async failed(@Req() req: AuthenticatedRequest) {
    return { alerts: await this.parked.list(await this.ownIds(req)) };
  }

  @Post(':alertId/redrive')
  @HttpCode(HttpStatus.ACCEPTED)
  async redrive(@Param('alertId') alertId: string, @Req() req: AuthenticatedRequest) {
    const outcome = await this.parked.redrive(alertId, await this.ownIds(req));
    if (outcome === 'not_found') throw new NotFoundException({ error: 'not_found', message: `no alert ${alertId}` });
    if (outcome === 'not_failed') throw new ConflictException({ error: 'not_failed', message: `alert ${alertId} is not parked` });
    return { alertId, status: 'queued' };
  }

  private async ownIds(req: AuthenticatedRequest): Promise<Set<string>> {
    return new Set((await this.subscriptions.list(req.owner)).map((s) => s.id));
  }
}
