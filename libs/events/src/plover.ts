import type { PloverType } from '#contracts';

/**
 * CAMEO root (two digits) of each type when nothing more specific is known:
 * 03 intent to cooperate, 04 consult, 05 diplomatic cooperation, 06 material
 * cooperation, 07 aid, 08 yield, 10 demand, 11 disapprove, 12 reject,
 * 13 threaten, 14 protest, 15 force posture, 16 reduce relations, 17 coerce,
 * 18 assault (19 fight and 20 mass violence come from the mode, see cameoOf).
 */
export const DEFAULT_CAMEO_ROOT: Record<PloverType, string> = {
  AGREE: '03', CONSULT: '04', SUPPORT: '05', CONCEDE: '08', COOPERATE: '06', AID: '07', RETREAT: '08', REQUEST: '10',
  ACCUSE: '11', REJECT: '12', THREATEN: '13', PROTEST: '14', SANCTION: '16', MOBILIZE: '15', COERCE: '17', ASSAULT: '18',
};

/** CAMEO root of an event: its trigger's own code if it has one, else by type and mode (air strikes and shelling are 19 "fight"). */
export function cameoOf(type: PloverType, mode?: string, triggerCode?: string): string {
  if (triggerCode !== undefined && /^\d{2}/.test(triggerCode)) return triggerCode.slice(0, 2);
  if (type === 'ASSAULT' && (mode === 'aerial' || mode === 'heavy-weapons' || mode === 'drone')) return '19';
  if (type === 'ASSAULT' && mode === 'unconventional') return '20';
  return DEFAULT_CAMEO_ROOT[type];
}
