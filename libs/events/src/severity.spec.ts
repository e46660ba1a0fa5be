import { describe, expect, it } from '@jest/globals';
import { severityOf } from './severity.js';

describe('severityOf', () => {
  it('puts a deadly air strike by an army at the top and a ministers\' meeting near the bottom', () => {
    expect(severityOf({ type: 'ASSAULT', mode: 'aerial', killed: 20, armedActor: true })).toBe(100);
    expect(severityOf({ type: 'CONSULT' })).toBe(10);
  });

  it('grows with the dead, most for the first ones', () => {
    const one = severityOf({ type: 'ASSAULT', killed: 1 });
    const three = severityOf({ type: 'ASSAULT', killed: 3 });
    const thirty = severityOf({ type: 'ASSAULT', killed: 30 });
    expect(one).toBe(63);
    // Per death, the second and third weigh far more than the fourth to the thirtieth.
    expect((three - one) / 2).toBeGreaterThan((thirty - three) / 27);
    expect(thirty).toBeLessThanOrEqual(100);
  });

  it('ranks violence above threats, and threats above words', () => {
    expect(severityOf({ type: 'ASSAULT' })).toBeGreaterThan(severityOf({ type: 'THREATEN' }));
    expect(severityOf({ type: 'THREATEN' })).toBeGreaterThan(severityOf({ type: 'ACCUSE' }));
  });
});
