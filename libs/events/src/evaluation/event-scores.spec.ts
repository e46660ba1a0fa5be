import { describe, expect, it } from '@jest/globals';
import type { ArticleEvent } from '#contracts';
import type { GoldArticle } from './event-gold.js';
import { scoreEvents } from './event-scores.js';

const gold: GoldArticle = {
  ref: { corpus: 'samples', file: 'invented' }, rawId: 'x', textSha256: 'a'.repeat(64), textLength: 200, publishedAt: null,
  stories: [{ start: 0, end: 100 }, { start: 100, end: 200 }],
  events: [
    { type: 'ASSAULT', cameo: '19', source: 'actor:group:a', place: 'place:ocha:C1', killed: 3, evidence: { field: 'text', start: 10, end: 40 }, alsoIn: [{ start: 50, end: 70 }], story: 0 },
    { type: 'CONSULT', cameo: '04', source: 'actor:person:b', evidence: { field: 'text', start: 120, end: 150 }, story: 1 },
  ],
};

const event = (over: Partial<ArticleEvent>): ArticleEvent => ({
  type: 'ASSAULT', cameo: '19', severity: 50, story: 0, confidence: 0.5, evidence: { field: 'text', start: 10, end: 40, text: '' }, ...over,
});

describe('scoreEvents', () => {
  it('matches one to one by type and evidence sentence, a restatement included', () => {
    const s = scoreEvents([{ gold, entities: [], predicted: [event({ evidence: { field: 'text', start: 55, end: 60, text: '' } }), event({}), event({ type: 'PROTEST', cameo: '14' })] }]);
    expect(s.perType['ASSAULT']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.perType['PROTEST']).toMatchObject({ tp: 0, fp: 1 });
    expect(s.perType['CONSULT']).toMatchObject({ tp: 0, fn: 1 });
    expect(s.micro).toMatchObject({ tp: 1, fp: 2, fn: 1 });
  });

  it('scores arguments only where the gold has them', () => {
    const s = scoreEvents([{ gold, entities: [], predicted: [event({ source: 'actor:group:a', place: 'place:ocha:C9', killed: 3 })] }]);
    expect(s.arguments.source).toMatchObject({ right: 1, of: 1 });
    expect(s.arguments.place).toMatchObject({ right: 0, of: 1 });
    expect(s.arguments.killed).toMatchObject({ right: 1, of: 1 });
    expect(s.arguments.target.of).toBe(0);
  });

  it('counts an event that takes its actor from another story', () => {
    const mention = (start: number) => ({ field: 'text' as const, start, end: start + 5, text: '', form: 'name' as const, sentence: { field: 'text' as const, start: 0, end: 200 } });
    const entities = [
      { id: 'actor:person:b', type: 'PERSON' as const, category: 'person', name: 'b', nameAr: '', ancestors: [], confidence: 0.8, mentions: [mention(130)] },
    ];
    const s = scoreEvents([{ gold, entities, predicted: [event({ source: 'actor:person:b' })] }]);
    expect(s.crossStory).toEqual({ events: 1, checked: 1 });
  });
});
