import { z } from 'zod';

/**
 * PLOVER event types (Political Language Ontology for Verifiable Event
 * Records, Open Event Data Alliance; manual draft 0.8, read from
 * ../shared/data/plover), the modes the manual defines for each, and the
 * CAMEO root code an event of the type carries when its trigger gives none
 * (for GDELT users). The type and mode names are PLOVER's own.
 */
export const PLOVER_MODES = {
  AGREE: [],
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
  ASSAULT: ['abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives', 'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional'],
} as const satisfies Record<string, readonly string[]>;

export type PloverType = keyof typeof PLOVER_MODES;
export type PloverMode = (typeof PLOVER_MODES)[PloverType][number];
export const PLOVER_TYPES = Object.keys(PLOVER_MODES) as PloverType[];

export const PloverTypeSchema = z.enum(PLOVER_TYPES as [PloverType, ...PloverType[]]);
