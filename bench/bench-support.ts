import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Shared by the benchmarks: percentiles of sorted samples, a process's peak memory, polling with a deadline. */

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Peak resident memory of a process (Linux VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Polls `probe` every `everyMs` until it is true; throws after `timeoutMs`. A probe that throws counts as false. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The environment the benchmarks start services with: this run's broker,
 * Redis and namespace, one API key, a fresh secret key, webhooks to loopback
 * allowed (the receiver is local), quiet logs.
 */
export function serviceEnv(run: { brokers: readonly string[]; redisUrl: string; namespace: string; apiKey: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MARSAD_KAFKA_BROKERS: run.brokers.join(','),
    MARSAD_REDIS_URL: run.redisUrl,
    MARSAD_NAMESPACE: run.namespace,
    MARSAD_LOG_LEVEL: 'warn',
    MARSAD_API_KEYS: run.apiKey,
    MARSAD_SECRET_KEY: randomBytes(32).toString('hex'),
    MARSAD_ALLOW_PRIVATE_WEBHOOKS: 'true',
  };
}

/** With a rate (items/s), waits until item `i` is due counting from `started`; without one (0), returns at once. */
export async function paced(started: number, i: number, rate: number): Promise<void> {
  if (rate <= 0) return;
  const due = started + (i / rate) * 1000;
  if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
}
