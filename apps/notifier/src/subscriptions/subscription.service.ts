import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CreateSubscriptionSchema, parseContract, type CreateSubscription, type Subscription } from '#contracts';
import { webhookTargetProblem } from '../delivery/webhook-target.policy.js';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config.js';
import { mergePatch } from './merge-patch.js';
import { SecretBox } from './secret-box.js';
import { SubscriptionStore, UnreadableSubscriptionError, type StoredSubscription } from './subscription.store.js';
import { resolveMatch, unresolvedMessage } from './resolve-match.js';
import { TermResolver, type UnresolvedTerm } from './term-resolver.js';

/** Why a subscription cannot be saved: a machine-readable code, a sentence, and the details. */
export interface SubscriptionProblem {
  error: 'invalid_field' | 'unknown_terms' | 'invalid_webhook' | 'email_unavailable';
  message: string;
  issues?: { path: string; message: string }[];
  unresolved?: UnresolvedTerm[];
}

export type SaveResult = { ok: true; subscription: Subscription } | { ok: false; problem: SubscriptionProblem };

/** Where a subscription's alerts go, secrets opened: for the delivery worker only. */
export interface DeliveryTargets {
  webhook?: { url: string; secret: string; format: 'json' | 'slack' };
  email?: { to: string[] };
}

/**
 * Subscriptions per tenant: create, merge-patch, pause and resume, delete.
 * Terms are resolved to canonical ids when saved; the webhook secret is
 * sealed before it reaches Redis and never leaves this class in the clear,
 * except to the delivery worker through `targets`.
 */
@Injectable()
export class SubscriptionService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SubscriptionService.name);
  private readonly box: SecretBox;

  constructor(
    private readonly store: SubscriptionStore,
    private readonly resolver: TermResolver,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {
    this.box = new SecretBox(config.MARSAD_SECRET_KEY, config.MARSAD_SECRET_KEYS_PREVIOUS);
  }

  /**
   * Seals again, under the current key, secrets sealed under a previous one
   * (after a rotation) or still in the clear (saved before sealing existed).
   * One that opens under no known key is left, and reported.
   */
  async onApplicationBootstrap(): Promise<void> {
    for (const s of await this.store.all()) {
      const secret = s.delivery.webhook?.secret;
      if (secret === undefined || this.box.isCurrent(secret)) continue;
      let plain: string;
      try {
        plain = SecretBox.isSealed(secret) ? this.box.open(secret, s.id) : secret;
      } catch (error) {
        this.logger.error({ message: 'a webhook secret opens under no known key', subscriptionId: s.id, error: (error as Error).message });
        continue;
      }
      await this.store.save({ ...s, delivery: { ...s.delivery, webhook: { ...s.delivery.webhook!, secret: this.box.seal(plain, s.id) } } });
      this.logger.log({ message: 'sealed a webhook secret under the current key', subscriptionId: s.id });
    }
  }

  async create(request: CreateSubscription, tenant: string, now = new Date()): Promise<SaveResult> {
    return this.save(request, { id: this.store.newId(), tenant, createdAt: now.toISOString() }, now, undefined);
  }

  /** Applies a JSON merge patch to the subscription as it was requested, and validates the result as a whole. */
  async update(id: string, patch: unknown, tenant: string, now = new Date()): Promise<SaveResult | undefined> {
    const stored = await this.own(id, tenant);
    if (!stored) return undefined;
    const parsed = parseContract(CreateSubscriptionSchema, mergePatch(this.requestOf(stored), patch));
    if (!parsed.ok) return { ok: false, problem: { error: 'invalid_field', message: parsed.rejection.message, issues: parsed.rejection.issues } };
    const resumed = stored.status === 'paused' && parsed.value.status !== 'paused';
    return this.save(parsed.value, stored, resumed ? now : new Date(stored.activeSince ?? stored.createdAt), now);
  }

  async setStatus(id: string, status: Subscription['status'], tenant: string, now = new Date()): Promise<Subscription | undefined> {
    const stored = await this.own(id, tenant);
    if (!stored) return undefined;
    const resumed = stored.status === 'paused' && status === 'active';
    const next: StoredSubscription = { ...stored, status, updatedAt: now.toISOString(), ...(resumed ? { activeSince: now.toISOString() } : {}) };
    await this.store.save(next);
    return visible(next);
  }

  async list(tenant: string): Promise<Subscription[]> {
    return (await this.store.all()).filter((s) => s.tenant === tenant).map(visible);
  }

  async get(id: string, tenant: string): Promise<Subscription | undefined> {
    const s = await this.own(id, tenant);
    return s && visible(s);
  }

  async remove(id: string, tenant: string): Promise<boolean> {
    return (await this.own(id, tenant)) !== undefined && (await this.store.delete(id));
  }

  /**
   * The subscription as stored (no secret in the clear), for the worker;
   * undefined once deleted or if unreadable (its alerts park). Redis errors
   * propagate: the job retries.
   */
  async stored(id: string): Promise<StoredSubscription | undefined> {
    try {
      return await this.store.get(id);
    } catch (error) {
      if (!(error instanceof UnreadableSubscriptionError)) throw error;
      this.logger.error({ message: 'unreadable subscription', subscriptionId: id, error: error.message });
      return undefined;
    }
  }

  /**
   * Where to deliver, secret opened. A secret that opens under no configured
   * key fails the attempt (retried: during a rolling key change another
   * replica may hold the key), and parks the alert once attempts run out.
   */
  targets(s: StoredSubscription): DeliveryTargets {
    const { webhook, email } = s.delivery;
    let secret: string | undefined;
    try {
      secret = webhook?.secret === undefined ? undefined : this.box.open(webhook.secret, s.id);
    } catch {
      throw new Error(`the webhook secret of ${s.id} opens under no configured key (MARSAD_SECRET_KEY, MARSAD_SECRET_KEYS_PREVIOUS)`);
    }
    return {
      ...(webhook && secret !== undefined ? { webhook: { url: webhook.url, format: webhook.format, secret } } : {}),
      ...(email ? { email: { to: email.to } } : {}),
    };
  }

  private async own(id: string, tenant: string): Promise<StoredSubscription | undefined> {
    const s = await this.store.get(id);
    return s?.tenant === tenant ? s : undefined;
  }

  private async save(
    request: CreateSubscription,
    identity: Pick<StoredSubscription, 'id' | 'tenant' | 'createdAt'>,
    activeSince: Date,
    updatedAt: Date | undefined,
  ): Promise<SaveResult> {
    const match = resolveMatch(this.resolver, request.match);
    if (!match.ok) return { ok: false, problem: { error: 'unknown_terms', message: unresolvedMessage(match.unresolved), unresolved: match.unresolved } };
    const { webhook, email } = request.delivery;
    if (webhook) {
      const problem = await webhookTargetProblem(webhook.url, this.config.MARSAD_ALLOW_PRIVATE_WEBHOOKS);
      if (problem !== undefined) return { ok: false, problem: { error: 'invalid_webhook', message: problem } };
    }
    if (email && this.config.MARSAD_SMTP_URL === undefined) {
      return { ok: false, problem: { error: 'email_unavailable', message: 'this deployment has no mail server (MARSAD_SMTP_URL); use a webhook' } };
    }
    const subscription: StoredSubscription = {
      id: identity.id,
      tenant: identity.tenant,
      createdAt: identity.createdAt,
      activeSince: activeSince.toISOString(),
      name: request.name,
      status: request.status ?? 'active',
      match: match.match,
      delivery: {
        ...(webhook ? { webhook: { url: webhook.url, format: webhook.format ?? 'json', secret: this.box.seal(webhook.secret, identity.id) } } : {}),
        ...(email ? { email: { to: email.to } } : {}),
      },
      flow: request.flow ?? {},
      ...(updatedAt ? { updatedAt: updatedAt.toISOString() } : {}),
    };
    await this.store.save(subscription);
    return { ok: true, subscription: visible(subscription) };
  }

  /** The request document a stored subscription was made from (secret opened), for merge patches. */
  private requestOf(s: StoredSubscription): Record<string, unknown> {
    const targets = this.targets(s);
    const m = s.match;
    return {
      name: s.name,
      status: s.status,
      match: {
        places: m.places.map((t) => t.query),
        actors: m.actors.map((t) => t.query),
        actorAffiliates: m.actorAffiliates,
        eventTypes: m.eventTypes,
        actorRole: m.actorRole,
        keywords: m.keywords,
        languages: m.languages,
        ...definedOnly({ minPlacePrecision: m.minPlacePrecision, minSeverity: m.minSeverity, minConfidence: m.minConfidence }),
      },
      delivery: targets,
      flow: s.flow,
    };
  }
}

/** What the API shows of a subscription: everything but the tenant and the webhook secret. */
function visible(s: StoredSubscription): Subscription {
  const { tenant: _tenant, delivery, ...rest } = s;
  return {
    ...rest,
    delivery: {
      ...(delivery.webhook ? { webhook: { url: delivery.webhook.url, format: delivery.webhook.format } } : {}),
      ...(delivery.email ? { email: delivery.email } : {}),
    },
  };
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
