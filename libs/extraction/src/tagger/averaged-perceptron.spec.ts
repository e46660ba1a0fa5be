import { describe, expect, it } from '@jest/globals';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { PerceptronScorer } from './perceptron-scorer.js';

describe('AveragedPerceptron', () => {
  // Toy task: a token is a name (N) when the word before it is a title.
  const examples: [string[], string][] = [
    [['w-1=الرئيس', 'w=بشار'], 'N'],
    [['w-1=الوزير', 'w=وليد'], 'N'],
    [['w-1=في', 'w=الصباح'], 'O'],
    [['w-1=قال', 'w=إن'], 'O'],
    [['w-1=الرئيس', 'w=فلاديمير'], 'N'],
    [['w-1=في', 'w=المساء'], 'O'],
  ];

  it('learns a separable task, and the saved weights score the same when tagging', () => {
    const model = new AveragedPerceptron(['N', 'O']);
    const best = (scores: Float64Array) => (scores[1]! > scores[0]! ? 1 : 0);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [features, label] of examples) {
        const truth = model.classes.indexOf(label);
        const guess = best(model.score(features, new Float64Array(2)));
        model.tick();
        if (guess === truth) continue;
        model.adjust(features, truth, 1);
        model.adjust(features, guess, -1);
      }
    }
    // PerceptronScorer is what NerTagger tags with: features arrive as (template, value).
    const scorer = new PerceptronScorer(model.averaged());
    const tag = (prev: string) =>
      model.classes[
        best(
          scorer.vectorOf((sink) => {
            sink.add('w-1', prev);
            sink.add('w', 'جديد');
          }),
        )
      ];
    expect(tag('الرئيس')).toBe('N');
    expect(tag('في')).toBe('O');
  });

  it('drops features whose averaged weights are all zero', () => {
    const model = new AveragedPerceptron(['A', 'B']);
    model.tick();
    model.adjust(['cancelled'], 0, 1);
    model.adjust(['cancelled'], 0, -1);
    expect(model.averaged().weights).toEqual({});
  });
});
