/**
 * A named dependency the service needs to do its work; `check` resolves if it
 * answers and rejects with why not. The readiness probe runs them all.
 */
export interface HealthCheck {
  name: string;
  check(): Promise<void>;
}

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

/** Rejects if `work` takes longer than `ms`: a hung dependency is a down one. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref()),
  ]);
}
