import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, SetMetadata, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config.js';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** The tenant of a bare key (configured without `tenant=`): a hash of the key, never the key. */
export const tenantOfBareKey = (apiKey: string): string => `key-${digest(apiKey).toString('hex').slice(0, 16)}`;

export interface AuthenticatedRequest extends Request {
  /** The desk the key belongs to: it sees and changes only its own subscriptions and alerts. */
  tenant: string;
}

const QUERY_TOKEN = 'marsad:query-token';
/**
 * Marks a route that also accepts `?access_token=`: only the live stream,
 * because browsers' EventSource cannot send headers. Elsewhere a key in a URL
 * would end up in access logs and browser history.
 */
export const AllowQueryToken = () => SetMetadata(QUERY_TOKEN, true);

/** `Authorization: Bearer <key>` against the configured keys, compared in constant time; sets the caller's tenant. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly keys: { digest: Buffer; tenant: string }[];

  constructor(
    @Inject(NOTIFIER_CONFIG) config: NotifierConfig,
    private readonly reflector: Reflector,
  ) {
    this.keys = config.MARSAD_API_KEYS.map(({ tenant, key }) => ({ digest: digest(key), tenant: tenant ?? tenantOfBareKey(key) }));
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization ?? '';
    const queryAllowed = this.reflector.get<boolean | undefined>(QUERY_TOKEN, context.getHandler()) === true;
    const query = queryAllowed && typeof req.query['access_token'] === 'string' ? req.query['access_token'] : '';
    const bearer = /^bearer\s+(\S+)\s*$/i.exec(header);
    const token = bearer ? bearer[1]! : query;
    const given = digest(token);
    // Every key is compared, so the time taken does not tell which one matched.
    const matched = this.keys.filter((k) => timingSafeEqual(k.digest, given));
    if (token.length === 0 || matched.length === 0) {
      throw new UnauthorizedException({ error: 'unauthorized', message: 'send Authorization: Bearer <api key>' });
    }
    req.tenant = matched[0]!.tenant;
    return true;
  }
}
