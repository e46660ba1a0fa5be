import { Injectable } from '@nestjs/common';
import type { HealthCheck } from '#observability';
import { KafkaAdmin } from './kafka-admin.js';

/** Health check: the cluster answers a metadata request. */
@Injectable()
export class KafkaHealth implements HealthCheck {
  readonly name = 'kafka';

  constructor(private readonly admin: KafkaAdmin) {}

  async check(): Promise<void> {
    await this.admin.use((a) => a.describeCluster());
  }
}
