import type { z } from 'zod';

export type Env = Readonly<Record<string, string | undefined>>;

/** Variables whose values never appear in an error message. */
const SECRET = /KEY|SECRET|PASSWORD|TOKEN/i;

/** Raised at boot when the environment does not satisfy an app's config schema. */
export class ConfigError extends Error {
  constructor(
    readonly app: string,
    readonly problems: readonly string[],
  ) {
    super(`${app}: invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates environment variables against an app's schema once, at boot.
 * The schema's keys are the variable names, so every error names the variable
 * to fix. Apps read config only from the object this returns.
 */
export function loadConfig<S extends z.ZodType>(app: string, schema: S, env: Env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '(environment)');
    const value = env[name];
    const got = value === undefined ? ' (not set)' : SECRET.test(name) || /:\/\/[^/]*@/.test(value) ? ' (value hidden)' : ` (got ${JSON.stringify(value)})`;
    const where = issue.path.length > 1 ? ` [item ${issue.path.slice(1).join('.')}]` : '';
    return `${name}${where}: ${issue.message}${got}`;
  });
  throw new ConfigError(app, problems);
}
