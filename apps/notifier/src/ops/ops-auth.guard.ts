import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config.js';
import { OPS_CHALLENGE, OpsCredentials } from './ops-credentials.js';

/** Operators' routes: an ops API key (Basic password or Bearer); browsers are asked for it. */
@Injectable()
export class OpsAuthGuard implements CanActivate {
  private readonly credentials: OpsCredentials;

  constructor(@Inject(NOTIFIER_CONFIG) config: NotifierConfig) {
    this.credentials = new OpsCredentials(config.MARSAD_OPS_API_KEYS);
  }

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    if (this.credentials.accepts(http.getRequest<{ headers: { authorization?: string } }>().headers.authorization)) return true;
    http.getResponse<Response>().setHeader('WWW-Authenticate', OPS_CHALLENGE);
    throw new UnauthorizedException({ error: 'unauthorized', message: 'operators only: send an ops API key (MARSAD_OPS_API_KEYS)' });
  }
}
