import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config.js';
import { SharedEnvSchema } from './shared-env.schema.js';

const Schema = SharedEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  API_KEYS: z.string().transform((s) => s.split(',')).pipe(z.array(z.string().min(24))),
});

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig('demo', Schema, env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('applies defaults and types', () => {
    const config = loadConfig('demo', Schema, { API_KEYS: 'k'.repeat(24) });
    expect(config.PORT).toBe(3000);
    expect(config.MARSAD_KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
    expect(config.MARSAD_NAMESPACE).toBe('marsad');
  });

  it('names every bad variable and what it held', () => {
    const problems = problemsOf({ API_KEYS: 'k'.repeat(24), PORT: 'eighty', MARSAD_KAFKA_BROKERS: 'localhost' });
    expect(problems).toEqual([expect.stringMatching(/^MARSAD_KAFKA_BROKERS.*\(got "localhost"\)$/), expect.stringMatching(/^PORT: .*\(got "eighty"\)$/)]);
  });

  it('says when a required variable is missing', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^API_KEYS: .*\(not set\)$/)]);
  });

  it('never prints secrets: keys, or URLs with credentials', () => {
    const problems = problemsOf({ API_KEYS: 'short-secret', MARSAD_REDIS_URL: 'http://user:hunter2@redis:6379' }).join('\n');
    expect(problems).toMatch(/API_KEYS \[item 0\]: .*\(value hidden\)/);
    expect(problems).toMatch(/MARSAD_REDIS_URL: .*\(value hidden\)/);
    expect(problems).not.toMatch(/short-secret|hunter2/);
  });
});
