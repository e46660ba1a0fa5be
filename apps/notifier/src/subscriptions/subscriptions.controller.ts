import {
  Body, Controller, Delete, Get, HttpCode, HttpStatus, NotFoundException, Param, Patch, Post, Req, UnprocessableEntityException, UseGuards,
} from '@nestjs/common';
import { CreateSubscriptionSchema, PreviewSubscriptionSchema, type Subscription } from '#contracts';
import { valid } from '../http/valid.js';
import { PreviewService } from '../preview/preview.service.js';
import { ApiKeyGuard, type AuthenticatedRequest } from './api-key.guard.js';
import { unresolvedMessage } from './resolve-match.js';
import { SubscriptionService, type SaveResult } from './subscription.service.js';

const notFound = (id: string) => new NotFoundException({ error: 'not_found', message: `no subscription ${id}` });

/** The saved subscription, or 422 naming the field and the reason. */
function saved(result: SaveResult): Subscription {
  if (!result.ok) throw new UnprocessableEntityException(result.problem);
  return result.subscription;
}

/**
 * `/v1/subscriptions`: a tenant's subscriptions. Another tenant's id answers
 * 404, exactly like an id that does not exist, so ids cannot be probed.
 */
@Controller('v1/subscriptions')
@UseGuards(ApiKeyGuard)
export class SubscriptionsController {
  constructor(
    private readonly subscriptions: SubscriptionService,
    private readonly previews: PreviewService,
  ) {}

  @Post()
  async create(@Body() body: unknown, @Req() req: AuthenticatedRequest) {
    return saved(await this.subscriptions.create(valid(CreateSubscriptionSchema, body), req.tenant));
  }

  /**
   * A draft run over the retained window of recent articles: how many alerts
   * it would have sent, per day, and the newest few — before saving it.
   */
  @Post('preview')
  @HttpCode(HttpStatus.OK)
  async previewDraft(@Body() body: unknown) {
    const result = await this.previews.draft(valid(PreviewSubscriptionSchema, body));
    if (!result.ok) throw new UnprocessableEntityException({ error: 'unknown_terms', message: unresolvedMessage(result.unresolved), unresolved: result.unresolved });
    return result.preview;
  }

  /** A saved subscription of the caller's (paused ones too) over the same window. */
  @Post(':id/preview')
  @HttpCode(HttpStatus.OK)
  async previewSaved(@Param('id') id: string, @Req() req: AuthenticatedRequest) {
    const s = await this.subscriptions.get(id, req.tenant);
    if (!s) throw notFound(id);
    return this.previews.run(s);
  }

  @Get()
  async list(@Req() req: AuthenticatedRequest) {
    return { subscriptions: await this.subscriptions.list(req.tenant) };
  }

  @Get(':id')
  async get(@Param('id') id: string, @Req() req: AuthenticatedRequest) {
    const s = await this.subscriptions.get(id, req.tenant);
    if (!s) throw notFound(id);
    return s;
  }

  /** JSON Merge Patch (RFC 7396) of the subscription as created: `{"match":{"keywords":["قصف"]}}`, `{"flow":null}`. */
  @Patch(':id')
  async patch(@Param('id') id: string, @Body() body: unknown, @Req() req: AuthenticatedRequest) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new UnprocessableEntityException({ error: 'invalid_field', message: '(root): a JSON merge patch object' });
    }
    const result = await this.subscriptions.update(id, body, req.tenant);
    if (!result) throw notFound(id);
    return saved(result);
  }

  /** Paused: matching stops (nothing is queued for later); resume starts again with the next article. */
  @Post(':id/pause')
  @HttpCode(HttpStatus.OK)
  async pause(@Param('id') id: string, @Req() req: AuthenticatedRequest) {
    return (await this.subscriptions.setStatus(id, 'paused', req.tenant)) ?? Promise.reject(notFound(id));
  }

  @Post(':id/resume')
  @HttpCode(HttpStatus.OK)
  async resume(@Param('id') id: string, @Req() req: AuthenticatedRequest) {
    return (await this.subscriptions.setStatus(id, 'active', req.tenant)) ?? Promise.reject(notFound(id));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('id') id: string, @Req() req: AuthenticatedRequest): Promise<void> {
    if (!(await this.subscriptions.remove(id, req.tenant))) throw notFound(id);
  }
}
