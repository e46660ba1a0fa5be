/**
 * Readers for the PETRARCH / TABARI actor dictionaries (Phoenix English,
 * UniversalPetrarch Arabic) and the CAMEO actor codes they carry.
 *
 * A record is a primary phrase, its `+` synonyms and its `\t[CODE dates]`
 * restrictions (dictionaries-format.rst). Phrases are underscore-joined.
 */
import { readFileSync } from 'node:fs';

export interface CodedRole {
  /** CAMEO actor code, e.g. RUSGOVMIL. */
  code: string;
  /** ISO dates (YYYY-MM-DD) or undefined for open ends. */
  from?: string;
  to?: string;
}

export interface DictRecord {
  primary: string;
  synonyms: string[];
  roles: CodedRole[];
  /** The comment on the primary line («CountryInfo.txt» marks a person from the country lists). */
  comment: string;
}

/** YYMMDD (two-digit years up to 30 are 20xx, as PETRARCH reads them) or YYYYMMDD → YYYY-MM-DD. */
export function isoDate(d: string): string | undefined {
  const s = d.trim();
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else return undefined;
  const m = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** «RUSGOVMIL 030101-120512», «SYRGOV >000717», «IGO <061231», «SYRREB» → a coded role. */
export function parseRestriction(body: string): CodedRole | undefined {
  const m = /^\s*([A-Z0-9-]+)\s*(.*)$/.exec(body);
  if (!m || m[1] === '---' || m[1]!.length < 3) return undefined;
  const code = m[1]!;
  const when = m[2]!.replace(/\s+/g, '');
  if (when === '') return { code };
  if (when.startsWith('>')) {
    const from = isoDate(when.slice(1));
    return from ? { code, from } : { code };
  }
  if (when.startsWith('<')) {
    const to = isoDate(when.slice(1));
    return to ? { code, to } : { code };
  }
  const [a, b] = when.split('-');
  const from = a ? isoDate(a) : undefined;
  let to = b ? isoDate(b) : undefined;
  // The Arabic dictionary fills unknown ends with 1800-01-01 and other impossible dates: an end before the start is open.
  if (from !== undefined && to !== undefined && to < from) to = undefined;
  return { code, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Every `[...]` on a line, as coded roles. */
function rolesIn(line: string): CodedRole[] {
  return [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseRestriction(m[1]!)).filter((r): r is CodedRole => r !== undefined);
}

/** A phrase as written in the dictionary («SERGEY_SHOYGU_», «وزارة_دفاع_أميركي_») → its words. */
export const phraseWords = (phrase: string): string[] =>
  phrase
    .replace(/\(.*?\)/g, ' ')
    .split(/[_\s]+/)
    .filter((w) => w !== '');

export function readDictionary(file: string): DictRecord[] {
  const records: DictRecord[] = [];
  let current: DictRecord | undefined;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line) && line.trim().startsWith('[')) {
      current?.roles.push(...rolesIn(line));
      continue;
    }
    const hash = line.search(/[#;]/);
    const comment = hash >= 0 ? line.slice(hash + 1).trim() : '';
    const body = (hash >= 0 ? line.slice(0, hash) : line).trim();
    const phrase = body.replace(/\[[^\]]*\]/g, '').trim();
    if (body.startsWith('+')) {
      if (current && phrase.length > 1) current.synonyms.push(phrase.slice(1).trim());
      continue;
    }
    if (phrase === '') continue;
    current = { primary: phrase, synonyms: [], roles: rolesIn(body), comment };
    records.push(current);
  }
  return records;
}

/** CAMEO role and sector codes, in the words a desk uses. */
export const ROLE_WORDS: Record<string, string> = {
  GOV: 'government',
  MIL: 'military',
  ELI: 'elite',
  REB: 'rebels',
  INS: 'insurgents',
  OPP: 'opposition',
  PTY: 'political party',
  COP: 'police',
  JUD: 'judiciary',
  SPY: 'intelligence',
  LEG: 'legislature',
  BUS: 'economy and business',
  MED: 'media',
  EDU: 'education',
  HLH: 'health',
  REL: 'religion',
  CVL: 'civilians',
  REF: 'refugees',
  LAB: 'labour',
  AGR: 'agriculture',
  ENV: 'environment',
  HRI: 'human rights',
  DEV: 'development',
  SEP: 'separatists',
  UAF: 'armed forces',
  MUS: 'Muslim',
  SUN: 'Sunni',
  SHI: 'Shia',
  CRM: 'crime',
  IGO: 'international organisation',
};

/** «RUSGOVMIL» → country RUS and sectors [GOV, MIL]; «IGOUNO» → no country, sectors [IGO, UNO]. */
export function splitCode(code: string): { country: string | undefined; sectors: string[] } {
  const parts = code.match(/.{1,3}/g) ?? [];
  const first = parts[0] ?? '';
  if (first in ROLE_WORDS || ['IMG', 'NGO', 'MNC', 'INT', 'UIS', 'NGM'].includes(first)) return { country: undefined, sectors: parts };
  return { country: first, sectors: parts.slice(1) };
}

/** A readable role: «RUSGOVMIL» → "government, military". */
export function describeRole(code: string): string {
  const { sectors } = splitCode(code);
  const words = sectors.map((s) => ROLE_WORDS[s]).filter((w): w is string => w !== undefined);
  return [...new Set(words)].join(', ');
}
