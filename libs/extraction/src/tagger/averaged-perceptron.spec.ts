import { describe, expect, it } from '@jest/globals';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { PerceptronScorer } from './perceptron-scorer.js';

describe('AveragedPerceptron', () => {
  // Toy task: a token is a name (N) when the word before it is a title.
  const examples: [string[], string][] = [
    [['prev=الرئيس', 'w=بشار'], 'N'],
    [['prev=الوزير', 'w=وليد'], 'N'],
    [['prev=في', 'w=الصباح'], 'O'],
    [['prev=قال', 'w=إن'], 'O'],
    [['prev=الرئيس', 'w=فلاديمير'], 'N'],
    [['prev=في', 'w=المساء'], 'O'],
  ];

  it('learns a separable task, and the saved weights score the same when tagging', () => {
    const model = new AveragedPerceptron(['N', 'O']);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [features, label] of examples) {
        model.update(model.classes.indexOf(label), model.predict(features), features);
      }
    }
    // PerceptronScorer is what NerTagger tags with: features arrive as (template, value).
    const scorer = new PerceptronScorer(model.averaged());
    const tag = (prev: string) => {
      scorer.reset();
      scorer.add('prev', prev);
      scorer.add('w', 'جديد');
      return scorer.best();
    };
    expect(tag('الرئيس')).toBe('N');
    expect(tag('في')).toBe('O');
  });

  it('drops features whose averaged weights are all zero', () => {
    const model = new AveragedPerceptron(['A', 'B']);
    model.update(0, 0, ['never-wrong']);
    expect(model.averaged().weights).toEqual({});
  });
});
