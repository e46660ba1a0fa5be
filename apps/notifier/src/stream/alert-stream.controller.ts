import { Controller, MessageEvent, Query, Req, Sse, UseGuards } from '@nestjs/common';
import { Observable, from, map, mergeMap } from 'rxjs';
import { AllowQueryToken, ApiKeyGuard, type AuthenticatedRequest } from '../subscriptions/api-key.guard.js';
import { SubscriptionService } from '../subscriptions/subscription.service.js';
import { AlertStream } from './alert-stream.js';

/** `GET /v1/alerts/stream` — server-sent events of the caller's alerts as they are delivered. */
@Controller('v1/alerts')
@UseGuards(ApiKeyGuard)
export class AlertStreamController {
  constructor(
    private readonly stream: AlertStream,
    private readonly subscriptions: SubscriptionService,
  ) {}

  @Sse('stream')
  @AllowQueryToken()
  live(@Req() req: AuthenticatedRequest, @Query('subscription') only?: string): Observable<MessageEvent> {
    // The caller sees its own subscriptions' alerts; the set is read once per connection.
    return from(this.subscriptions.list(req.tenant)).pipe(
      map((subs) => new Set(subs.map((s) => s.id).filter((id) => only === undefined || id === only))),
      mergeMap((ids) => this.stream.watch(ids)),
    );
  }
}
