import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config.js';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** The caller's identity as stored with its subscriptions: a hash of its key. */
export const ownerOf = (apiKey: string): string => digest(apiKey).toString('hex').slice(0, 16);

export interface AuthenticatedRequest extends Request {
  owner: string;
}

/**
 * `Authorization: Bearer <key>` against the configured keys, compared in
 * constant time. Browsers' EventSource cannot send headers, so the live
 * stream also accepts `?access_token=`.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly keys: Buffer[];

  constructor(@Inject(NOTIFIER_CONFIG) config: NotifierConfig) {
    this.keys = config.MARSAD_API_KEYS.map(digest);
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : typeof req.query['access_token'] === 'string' ? req.query['access_token'] : '';
    const given = digest(token);
    if (token.length === 0 || !this.keys.some((k) => timingSafeEqual(k, given))) {
      throw new UnauthorizedException({ error: 'unauthorized', message: 'send Authorization: Bearer <api key>' });
    }
    req.owner = ownerOf(token);
    return true;
  }
}
