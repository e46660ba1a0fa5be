import type { PloverType } from '#contracts';

/**
 * How much a monitoring desk would want to know about an event, 0–100, so
 * that a subscription can ask for "ASSAULT in Hama, severity ≥ 60":
 *
 *   severity = type base + mode + casualties + actors, capped at 100
 *
 * - type base: violence first (ASSAULT 55, COERCE 40), then threats and force
 *   posture (THREATEN, MOBILIZE 30), protest and sanctions (25), words (10–20);
 * - mode: weapons that kill many at once add more (suicide attack +15,
 *   unconventional +20, explosives and air strikes +10, heavy weapons +8);
 * - casualties on a log scale, so the first deaths move it most: killed up to
 *   +30 (1 → 8, 3 → 16, 20 → 35 capped at 30), wounded up to +10, arrested up to +8;
 * - armed actors: +5 when a military or armed group takes part.
 * An ASSAULT by air strike that kills 20 scores 55 + 10 + 30 + 5 = 100; a
 * meeting between two ministers scores 10.
 */
export const SEVERITY_BASE: Record<PloverType, number> = {
  ASSAULT: 55, COERCE: 40, THREATEN: 30, MOBILIZE: 30, PROTEST: 25, SANCTION: 25, RETREAT: 20, ACCUSE: 20,
  REJECT: 15, REQUEST: 15, AID: 15, COOPERATE: 10, CONCEDE: 10, AGREE: 10, SUPPORT: 10, CONSULT: 10,
};

const MODE_BONUS: Record<string, number> = {
  unconventional: 20, 'suicide-attack': 15, explosives: 10, aerial: 10, drone: 8, 'heavy-weapons': 8, targeted: 5, abduct: 5,
};

export interface SeverityInput {
  type: PloverType;
  mode?: string | undefined;
  killed?: number | undefined;
  wounded?: number | undefined;
  arrested?: number | undefined;
  /** A military or armed group is source or target. */
  armedActor?: boolean;
}

const logScore = (n: number | undefined, per: number, cap: number): number => (n === undefined || n <= 0 ? 0 : Math.min(cap, per * Math.log2(1 + n)));

export function severityOf(e: SeverityInput): number {
  const score =
    SEVERITY_BASE[e.type] +
    (e.mode === undefined ? 0 : (MODE_BONUS[e.mode] ?? 0)) +
    logScore(e.killed, 8, 30) +
    logScore(e.wounded, 3, 10) +
    logScore(e.arrested, 2, 8) +
    (e.armedActor ? 5 : 0);
  return Math.min(100, Math.round(score));
}
