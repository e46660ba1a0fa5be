import { Inject, Injectable } from '@nestjs/common';
import type { CreateSubscription, Subscription } from '#contracts';
import { webhookTargetProblem } from '../delivery/webhook-target.policy.js';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config.js';
import { SubscriptionStore, type StoredSubscription } from './subscription.store.js';
import { TermResolver, type UnresolvedTerm } from './term-resolver.js';

export type CreateResult =
  | { ok: true; subscription: Subscription }
  | { ok: false; unresolved: UnresolvedTerm[] }
  | { ok: false; webhook: string };

@Injectable()
export class SubscriptionService {
  constructor(
    private readonly store: SubscriptionStore,
    private readonly resolver: TermResolver,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async create(request: CreateSubscription, owner: string, now = new Date()): Promise<CreateResult> {
    const places = this.resolver.resolve('places', request.match.places ?? []);
    const actors = this.resolver.resolve('actors', request.match.actors ?? []);
    const unresolved = [...(places.ok ? [] : places.unresolved), ...(actors.ok ? [] : actors.unresolved)];
    if (!places.ok || !actors.ok) return { ok: false, unresolved };
    const webhook = await webhookTargetProblem(request.delivery.webhook.url, this.config.MARSAD_ALLOW_PRIVATE_WEBHOOKS);
    if (webhook !== undefined) return { ok: false, webhook };
    const subscription: StoredSubscription = {
      id: this.store.newId(),
      name: request.name,
      match: {
        places: places.terms,
        actors: actors.terms,
        eventTypes: request.match.eventTypes ?? [],
        actorRole: request.match.actorRole ?? 'either',
        ...(request.match.minSeverity !== undefined ? { minSeverity: request.match.minSeverity } : {}),
        keywords: request.match.keywords ?? [],
        languages: request.match.languages ?? [],
      },
      delivery: request.delivery,
      createdAt: now.toISOString(),
      owner,
    };
    await this.store.save(subscription);
    const { owner: _owner, ...visible } = subscription;
    return { ok: true, subscription: visible };
  }

  async list(owner: string): Promise<Subscription[]> {
    return (await this.store.all()).filter((s) => s.owner === owner).map(({ owner: _o, ...s }) => s);
  }

  async get(id: string, owner: string): Promise<Subscription | undefined> {
    const s = await this.store.get(id);
    if (!s || s.owner !== owner) return undefined;
    const { owner: _o, ...visible } = s;
    return visible;
  }

  async remove(id: string, owner: string): Promise<boolean> {
    const s = await this.store.get(id);
    return s !== undefined && s.owner === owner && (await this.store.delete(id));
  }
}
