import type { KafkaContext } from '@nestjs/microservices';

/** The parts of a consumed record a handler needs, with the value as raw bytes. */
export interface ConsumedRecord {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer;
  /** The broker's record timestamp (ms since the epoch): when the record was produced. */
  timestamp: number;
}

export function consumedRecordOf(ctx: KafkaContext): ConsumedRecord {
  const message = ctx.getMessage();
  const value = message.value;
  const key = message.key as unknown;
  return {
    topic: ctx.getTopic(),
    partition: ctx.getPartition(),
    offset: message.offset,
    key: key === null || key === undefined ? null : Buffer.isBuffer(key) ? key.toString('utf8') : String(key),
    timestamp: Number(message.timestamp),
    value: Buffer.isBuffer(value) ? value : Buffer.from(value === null || value === undefined ? '' : String(value)),
  };
}
