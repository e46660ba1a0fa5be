import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PLOVER_MODES } from '#contracts';
import { GoldFileSchema } from './event-gold.js';

const GOLD_DIR = fileURLToPath(new URL('../../../../test/gold/events/', import.meta.url));

/** The hand-made event gold must stay usable: shape, PLOVER vocabulary, offsets inside the annotated text. */
describe.each(['sample.json', 'saudinewsnet.json', 'heldout.json', 'dev2.json'])('event gold %s', (file) => {
  const gold = GoldFileSchema.parse(JSON.parse(readFileSync(`${GOLD_DIR}${file}`, 'utf8')));

  it('names each article once and keeps every evidence span inside its text, in order', () => {
    expect(new Set(gold.articles.map((a) => a.rawId)).size).toBe(gold.articles.length);
    for (const a of gold.articles) {
      for (const e of a.events) for (const r of [e.evidence, ...(e.alsoIn ?? [])]) {
        expect(r.start).toBeLessThan(r.end);
        expect(r.end).toBeLessThanOrEqual(a.textLength);
      }
    }
  });

  it('uses PLOVER modes of the event type and CAMEO roots, and story numbers the page has', () => {
    for (const a of gold.articles) {
      for (const e of a.events) {
        if (e.mode !== undefined) expect(PLOVER_MODES[e.type] as readonly string[]).toContain(e.mode);
        expect(e.cameo).toMatch(/^(0[1-9]|1\d|20)$/);
        expect(e.story).toBeLessThan(Math.max(1, a.stories?.length ?? 1));
      }
    }
  });
});

/** The held-out batch (README "Held-out batch") must not repeat an article of the files used while developing. */
describe('held-out event gold', () => {
  const read = (file: string) => GoldFileSchema.parse(JSON.parse(readFileSync(`${GOLD_DIR}${file}`, 'utf8'))).articles;

  it('shares no article with sample.json or saudinewsnet.json', () => {
    const seen = new Set([...read('sample.json'), ...read('saudinewsnet.json')].map((a) => `${a.ref.file}#${a.ref.index ?? ''}`));
    const heldout = read('heldout.json');
    expect(heldout.length).toBeGreaterThan(0);
    for (const a of heldout) expect(seen.has(`${a.ref.file}#${a.ref.index ?? ''}`)).toBe(false);
  });
});

/** Development batch 2 (README "Development batch 2") must be new articles: none of them in another gold file. */
describe('development batch 2 event gold', () => {
  const read = (file: string) => GoldFileSchema.parse(JSON.parse(readFileSync(`${GOLD_DIR}${file}`, 'utf8'))).articles;
  const key = (a: { ref: { file: string; index?: number } }) => `${a.ref.file}#${a.ref.index ?? ''}`;

  it('shares no article with sample.json, saudinewsnet.json or heldout.json', () => {
    const others = new Set(['sample.json', 'saudinewsnet.json', 'heldout.json'].flatMap((f) => read(f).map(key)));
    const dev2 = read('dev2.json');
    expect(dev2.length).toBe(30);
    for (const a of dev2) expect(others.has(key(a))).toBe(false);
  });
});
