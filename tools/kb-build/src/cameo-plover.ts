/**
 * CAMEO event code → PLOVER type and mode, from the Open Event Data
 * Alliance's conversion table (../shared/data/plover/CAMEO2PLOVER-2021.txt),
 * with the modes the table names that PLOVER 0.8 does not define
 * («assassinate», «ban», «massacre») put on the manual's own modes.
 */
import { readFileSync } from 'node:fs';

import { PLOVER_MODES, type PloverType } from '../../../libs/contracts/src/enriched-article/plover.js';

export interface PloverCode {
  type: PloverType;
  mode?: string;
}

/** Modes by CAMEO code where the code names the means (195 air strike, 1832 car bomb …); they win over the table. */
const MODE_BY_CODE: Record<string, string> = {
  '171': 'seize', '1711': 'seize', '1712': 'destroy', '172': 'restrict', '1721': 'restrict', '1722': 'restrict', '1723': 'curfew',
  '1724': 'martial-law', '173': 'arrest', '174': 'deport', '175': 'crowd-control', '181': 'abduct', '182': 'beat', '1821': 'sexual',
  '1822': 'torture', '183': 'explosives', '1831': 'suicide-attack', '1832': 'explosives', '1833': 'explosives', '184': 'abduct',
  '185': 'targeted', '186': 'targeted', '191': 'restrict', '192': 'seize', '193': 'firearms', '194': 'heavy-weapons', '195': 'aerial',
  '204': 'unconventional', '2041': 'unconventional', '2042': 'unconventional',
};

/**
 * Where the manual overrides the table: international sanctions are SANCTION
 * 'discontinue' (manual §SANCTION), not COERCE; appeals (02, absent from the
 * table) are REQUESTs.
 */
const TYPE_BY_CODE: Record<string, PloverCode> = {
  '163': { type: 'SANCTION', mode: 'discontinue' },
  '02': { type: 'REQUEST' },
};

export class CameoPlover {
  private constructor(private readonly table: Map<string, PloverCode>) {}

  static load(file: string): CameoPlover {
    const table = new Map<string, PloverCode>();
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?/.exec(raw);
      if (!m || !(m[2]! in PLOVER_MODES)) continue;
      const type = m[2] as PloverType;
      const mode = (m[3] ?? '').trim();
      // The first row of a code wins (175 is listed twice, identically).
      if (!table.has(m[1]!)) table.set(m[1]!, (PLOVER_MODES[type] as readonly string[]).includes(mode) ? { type, mode } : { type });
    }
    return new CameoPlover(table);
  }

  /** The PLOVER reading of a CAMEO code («0871», «195», «20»): its own row, else its nearest parent's; undefined for 01 (statements) and unknown codes. */
  of(code: string): PloverCode | undefined {
    for (let n = code.length; n >= 2; n--) {
      const c = code.slice(0, n);
      const base = TYPE_BY_CODE[c] ?? this.table.get(c);
      if (base === undefined) continue;
      const mode = MODE_BY_CODE[code] ?? MODE_BY_CODE[c];
      if (mode !== undefined && (PLOVER_MODES[base.type] as readonly string[]).includes(mode)) return { type: base.type, mode };
      return base.mode === undefined ? { type: base.type } : { type: base.type, mode: base.mode };
    }
    return undefined;
  }
}
