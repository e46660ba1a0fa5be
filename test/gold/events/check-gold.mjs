#!/usr/bin/env node
// Validates the hand-annotated event gold (test/gold/events/*.json): JSON shape,
// PLOVER types and modes, ids, dates, offsets within the recorded text length and
// ordered, story ranges; prints per-type counts. It does not re-clean any text:
// the scorer compares textSha256 with the cleaned text it produces.
// Usage: node test/gold/events/check-gold.mjs [file.json ...]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.length > 2 ? process.argv.slice(2) : ['sample.json', 'saudinewsnet.json'].map((f) => join(here, f));

/** PLOVER 0.8 event types (the project's PLOVER_EVENT_TYPES) and the modes the manual defines for each. */
const MODES = {
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
  ASSAULT: ['abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives',
    'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional'],
};
const TYPES = Object.keys(MODES);
const CAMEO_ROOTS = new Set(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));

const ACTOR_ID = /^actor:(person|org|group|igo):[a-z0-9-]+$/;
const PLACE_ID = /^place:(country:[A-Z]{2}|geonames:\d+|geonames-admin1:[A-Z]{2}\.[0-9A-Z]+|ocha:[A-Z0-9]+|site:[a-z0-9-]+|region:[a-z0-9-]+)$/;
const COUNTRY_ID = /^place:country:[A-Z]{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHA = /^[0-9a-f]{64}$/;

const EVENT_KEYS = new Set(['type', 'mode', 'cameo', 'source', 'coSources', 'sourceName', 'sourceDescription', 'sourceFallback',
  'target', 'coTargets', 'targetName', 'targetDescription', 'targetFallback', 'place', 'placeName', 'placeDescription',
  'placesAlso', 'placeAbout', 'killed', 'wounded', 'arrested', 'killedOrWounded', 'atLeast', 'date', 'evidence', 'alsoIn',
  'story', 'note']);

let errors = 0;
const counts = {};
const modeCounts = {};
let nArticles = 0;
let nEvents = 0;
let emptyArticles = 0;

for (const file of files) {
  const err = (where, msg) => {
    errors++;
    console.error(`${file}: ${where}: ${msg}`);
  };
  const gold = JSON.parse(readFileSync(file, 'utf8'));
  if (gold.version !== 1) err('root', 'version must be 1');
  if (!Array.isArray(gold.articles)) {
    err('root', 'articles must be an array');
    continue;
  }
  const seen = new Set();
  for (const [ai, a] of gold.articles.entries()) {
    const at = `articles[${ai}] ${a.rawId ?? '?'}`;
    nArticles++;
    if (seen.has(a.rawId)) err(at, 'duplicate rawId');
    seen.add(a.rawId);
    const corpus = a.ref?.corpus;
    if (!['samples', 'saudinewsnet'].includes(corpus)) err(at, `bad ref.corpus ${corpus}`);
    if (typeof a.ref?.file !== 'string' || !a.ref.file) err(at, 'ref.file missing');
    if (corpus === 'saudinewsnet' && !Number.isInteger(a.ref?.index)) err(at, 'ref.index must be an integer');
    if (typeof a.rawId !== 'string' || !a.rawId) err(at, 'rawId missing');
    if (!SHA.test(a.textSha256 ?? '')) err(at, 'textSha256 must be 64 hex digits');
    const len = a.textLength;
    if (!Number.isInteger(len) || len <= 0) err(at, 'textLength must be a positive integer');
    if (a.publishedAt !== null && Number.isNaN(Date.parse(a.publishedAt))) err(at, 'publishedAt must be an ISO date-time or null');
    const span = (where, s, max) => {
      if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return err(where, 'start/end must be integers');
      if (s.start < 0 || s.end > max || s.start >= s.end) err(where, `range ${s.start}-${s.end} outside 0-${max} or empty`);
    };
    const stories = a.stories ?? [];
    if (corpus === 'samples' && stories.length === 0) err(at, 'sample page needs stories');
    stories.forEach((s, i) => {
      span(`${at} stories[${i}]`, s, len);
      if (i > 0 && s.start < stories[i - 1].end) err(`${at} stories[${i}]`, 'stories overlap or are out of order');
    });
    if (!Array.isArray(a.events)) {
      err(at, 'events must be an array');
      continue;
    }
    if (a.events.length === 0) emptyArticles++;
    let prevStart = -1;
    for (const [ei, e] of a.events.entries()) {
      const where = `${at} events[${ei}]`;
      nEvents++;
      for (const k of Object.keys(e)) if (!EVENT_KEYS.has(k)) err(where, `unknown key ${k}`);
      if (!TYPES.includes(e.type)) {
        err(where, `type ${e.type} is not a PLOVER type`);
      } else {
        counts[e.type] = (counts[e.type] ?? 0) + 1;
        if (e.mode !== undefined) {
          if (!MODES[e.type].includes(e.mode)) err(where, `mode ${e.mode} not defined for ${e.type}`);
          modeCounts[`${e.type}/${e.mode}`] = (modeCounts[`${e.type}/${e.mode}`] ?? 0) + 1;
        }
      }
      if (!CAMEO_ROOTS.has(e.cameo)) err(where, `cameo ${e.cameo} is not a two-digit CAMEO root`);
      for (const role of ['source', 'target']) {
        const v = e[role];
        if (v === undefined) err(where, `${role} must be present (null if unnamed)`);
        else if (v !== null && !ACTOR_ID.test(v) && !COUNTRY_ID.test(v)) err(where, `${role} ${v} is not an actor or country id`);
        for (const id of e[role === 'source' ? 'coSources' : 'coTargets'] ?? []) {
          if (!ACTOR_ID.test(id) && !COUNTRY_ID.test(id)) err(where, `co-${role} ${id} is not an actor or country id`);
        }
        const fb = e[`${role}Fallback`];
        if (fb !== undefined && !ACTOR_ID.test(fb) && !COUNTRY_ID.test(fb)) err(where, `${role}Fallback ${fb} is not an id`);
        if (fb !== undefined && v !== null) err(where, `${role}Fallback only makes sense when ${role} is null`);
      }
      if (e.place === undefined) err(where, 'place must be present (null if none)');
      for (const p of [e.place, e.placeAbout, ...(e.placesAlso ?? [])]) {
        if (p != null && !PLACE_ID.test(p)) err(where, `bad place id ${p}`);
      }
      for (const k of ['killed', 'wounded', 'arrested', 'killedOrWounded']) {
        if (e[k] !== undefined && !(Number.isInteger(e[k]) && e[k] >= 0)) err(where, `${k} must be a non-negative integer`);
      }
      if (e.atLeast !== undefined && e.atLeast !== true) err(where, 'atLeast is true or absent');
      if (e.atLeast && ['killed', 'wounded', 'arrested', 'killedOrWounded'].every((k) => e[k] === undefined)) err(where, 'atLeast without a number');
      if (e.date === undefined) err(where, 'date must be present (null if unresolvable)');
      else if (e.date !== null && (!DATE.test(e.date) || Number.isNaN(Date.parse(e.date)))) err(where, `bad date ${e.date}`);
      if (e.evidence?.field !== 'text' && e.evidence?.field !== 'title') err(where, 'evidence.field must be text or title');
      span(`${where} evidence`, e.evidence, e.evidence?.field === 'title' ? Infinity : len);
      if (e.evidence?.field === 'text') {
        if (e.evidence.start < prevStart) err(where, 'events are not ordered by evidence start');
        prevStart = e.evidence.start;
      }
      for (const [i, s] of (e.alsoIn ?? []).entries()) {
        span(`${where} alsoIn[${i}]`, s, len);
        if (s.start === e.evidence?.start && s.end === e.evidence?.end) err(`${where} alsoIn[${i}]`, 'repeats the evidence span');
      }
      if (!Number.isInteger(e.story) || e.story < 0) err(where, 'story must be a non-negative integer');
      else if (stories.length > 0) {
        if (e.story >= stories.length) err(where, `story ${e.story} does not exist`);
        else {
          const st = stories[e.story];
          if (e.evidence && (e.evidence.start < st.start || e.evidence.end > st.end)) err(where, `evidence outside story ${e.story}`);
        }
      } else if (e.story !== 0) err(where, 'story must be 0 on single-story articles');
      if (typeof e.note !== 'string' || e.note.length < 10) err(where, 'note (short English gloss) missing');
    }
  }
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`files: ${files.length}  articles: ${nArticles} (${emptyArticles} with no event)  events: ${nEvents}`);
for (const t of TYPES) if (counts[t]) console.log(`  ${pad(t, 10)} ${counts[t]}`);
console.log('modes:');
for (const [m, n] of Object.entries(modeCounts).sort()) console.log(`  ${pad(m, 24)} ${n}`);
if (errors > 0) {
  console.error(`${errors} error(s)`);
  process.exit(1);
}
console.log('ok');
