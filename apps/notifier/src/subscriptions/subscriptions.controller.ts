import {
  Body, Controller, Delete, Get, HttpCode, HttpStatus, NotFoundException, Param, Post, Req, UnprocessableEntityException, UseGuards,
} from '@nestjs/common';
import { CreateSubscriptionSchema, parseContract, type Subscription } from '#contracts';
import { ApiKeyGuard, type AuthenticatedRequest } from './api-key.guard.js';
import { SubscriptionService } from './subscription.service.js';

/** What the API shows of a subscription: everything but the webhook secret. */
const view = (s: Subscription) => ({ ...s, delivery: { webhook: { url: s.delivery.webhook.url } } });

@Controller('v1/subscriptions')
@UseGuards(ApiKeyGuard)
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionService) {}

  @Post()
  async create(@Body() body: unknown, @Req() req: AuthenticatedRequest) {
    const parsed = parseContract(CreateSubscriptionSchema, body);
    if (!parsed.ok) {
      throw new UnprocessableEntityException({ error: parsed.rejection.code, message: parsed.rejection.message, issues: parsed.rejection.issues });
    }
    const created = await this.subscriptions.create(parsed.value, req.owner);
    if (!created.ok && 'webhook' in created) {
      throw new UnprocessableEntityException({ error: 'invalid_webhook', message: created.webhook });
    }
    if (!created.ok) {
      throw new UnprocessableEntityException({
        error: 'unknown_terms',
        message: `no known ${created.unresolved.map((u) => `${u.field.slice(0, -1)} "${u.query}"`).join(', ')}`,
        unresolved: created.unresolved,
      });
    }
    return view(created.subscription);
  }

  @Get()
  async list(@Req() req: AuthenticatedRequest) {
    return { subscriptions: (await this.subscriptions.list(req.owner)).map(view) };
  }

  @Get(':id')
  async get(@Param('id') id: string, @Req() req: AuthenticatedRequest) {
    const s = await this.subscriptions.get(id, req.owner);
    if (!s) throw new NotFoundException({ error: 'not_found', message: `no subscription ${id}` });
    return view(s);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('id') id: string, @Req() req: AuthenticatedRequest): Promise<void> {
    if (!(await this.subscriptions.remove(id, req.owner))) {
      throw new NotFoundException({ error: 'not_found', message: `no subscription ${id}` });
    }
  }
}
