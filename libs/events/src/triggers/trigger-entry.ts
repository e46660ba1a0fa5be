// The format of libs/events/data/triggers.json, shared by its writer
// (tools/kb-build/src/event-triggers.ts) and its reader (trigger-matcher.ts).
// A relative import: the knowledge-base build compiles this file on its own.
import type { PloverType } from '../../../contracts/src/enriched-article/plover.js';

export type TriggerSource = 'cameo-ar' | 'cameo-en' | 'hand';

export interface TriggerEntry {
  phrase: string;
  language: 'ar' | 'en';
  type: PloverType;
  mode?: string;
  /** The dictionary's CAMEO code (two to four digits). */
  cameo: string;
  source: TriggerSource;
}

export interface TriggerFile {
  attribution: string;
  /** Names that contain a trigger word but report nothing («الحشد الشعبي»): matched, then dropped. */
  excluded: { ar: string[]; en: string[] };
  triggers: TriggerEntry[];
}
