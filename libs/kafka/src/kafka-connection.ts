import kafkajs from 'kafkajs';
import { Logger } from '@nestjs/common';

const { Kafka, logLevel } = kafkajs;

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
}

const levels: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs logs through Nest's logger, so every line has the same shape. */
export function kafkaLogCreator() {
  const logger = new Logger('kafkajs');
  return () =>
    ({ level, log }: { level: number; log: { message: string } & Record<string, unknown> }) => {
      const { message, timestamp: _t, logger: _l, ...extra } = log;
      logger[levels[level] ?? 'log']({ message, ...extra });
    };
}

export function createKafka({ brokers, clientId }: KafkaConnection): kafkajs.Kafka {
  return new Kafka({
    brokers,
    clientId,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(),
    retry: { initialRetryTime: 200, retries: 8 },
  });
}
