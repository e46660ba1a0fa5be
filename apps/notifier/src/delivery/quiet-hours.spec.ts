import { describe, expect, it } from '@jest/globals';
import { digestPeriodEnd, quietHoursEnd, quietHoursStart } from './quiet-hours.js';

describe('quietHoursEnd', () => {
  const night = { from: '22:00', to: '07:00', timeZone: 'Asia/Amman' }; // UTC+3 all year since 2022

  it('is undefined outside the quiet hours and the local end inside them, across midnight', () => {
    expect(quietHoursEnd(new Date('2026-03-10T12:00:00Z'), night)).toBeUndefined(); // 15:00 in Amman
    expect(quietHoursEnd(new Date('2026-03-10T18:59:00Z'), night)).toBeUndefined(); // 21:59
    expect(quietHoursEnd(new Date('2026-03-10T19:00:00Z'), night)?.toISOString()).toBe('2026-03-11T04:00:00.000Z'); // 22:00 → 07:00
    expect(quietHoursEnd(new Date('2026-03-10T23:30:20Z'), night)?.toISOString()).toBe('2026-03-11T04:00:00.000Z'); // 02:30
    expect(quietHoursEnd(new Date('2026-03-11T04:00:00Z'), night)).toBeUndefined(); // 07:00 sharp: over
    expect(quietHoursStart(new Date('2026-03-11T04:00:00Z'), night).toISOString()).toBe('2026-03-10T19:00:00.000Z'); // 22:00
  });

  it('handles same-day hours and a daylight-saving change inside the quiet hours', () => {
    const lunch = { from: '12:00', to: '13:30', timeZone: 'UTC' };
    expect(quietHoursEnd(new Date('2026-05-01T12:10:00Z'), lunch)?.toISOString()).toBe('2026-05-01T13:30:00.000Z');
    expect(quietHoursEnd(new Date('2026-05-01T13:30:00Z'), lunch)).toBeUndefined();
    // Beirut springs forward at 00:00 on the last Sunday of March 2026 (29th): 22:00 (UTC+2) → 07:00 (UTC+3).
    const beirut = { from: '22:00', to: '07:00', timeZone: 'Asia/Beirut' };
    expect(quietHoursEnd(new Date('2026-03-28T20:30:00Z'), beirut)?.toISOString()).toBe('2026-03-29T04:00:00.000Z');
  });
});

describe('digestPeriodEnd', () => {
  it('ends periods on multiples of the period since the epoch', () => {
    expect(digestPeriodEnd(new Date('2026-05-01T12:10:00Z'), 60).toISOString()).toBe('2026-05-01T13:00:00.000Z');
    expect(digestPeriodEnd(new Date('2026-05-01T13:00:00Z'), 15).toISOString()).toBe('2026-05-01T13:15:00.000Z');
  });
});
