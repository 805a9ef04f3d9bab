import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportPlan } from '../../src/plan/types.js';
import { planOf, SAMPLES } from './sample-plan.js';

let plan: ReportPlan;

beforeAll(async () => {
  plan = await planOf(SAMPLES);
}, 120_000);

/** The NEET chapter's paragraphs, in order. */
function neetParagraphs(): string[] {
  const section = plan.sections.find((s) => s.id === 'neet');
  expect(section).toBeDefined();
  return section!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

describe('NEET chapter on the samples: the change since the hubs began first', () => {
  // The London hubs started in 2021/22 (src/config/london-hubs.ts), so the change since the start runs from 2020/21,
  // the last year before it, to the reporting year 2023/24 of the sample report.
  it('opens with the change from the last year before the start to the latest year, with its interval', () => {
    const [first = ''] = neetParagraphs();
    const sentence = first.split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? '';
    expect(sentence).toMatch(/^Since the hubs began \(academic years 2020\/21 to 2023\/24\), /);
    const interval = /95% confidence interval ([+-]?\d+(?:\.\d+)?) to ([+-]?\d+(?:\.\d+)?)\)/.exec(sentence);
    expect(interval).not.toBeNull();
    const [low, high] = [Number(interval![1]), Number(interval![2])];
    const word = /\b(rose|fell|showed no clear change)\b/.exec(sentence)?.[1];
    const adjusted = sentence.includes('once adjusted for multiple comparisons');
    // The word agrees with the interval printed beside it: a rise or fall never beside an interval touching zero; no
    // clear change beside one that includes zero, unless it lapsed only once adjusted for multiple comparisons.
    if (word === 'rose') expect(low).toBeGreaterThan(0);
    else if (word === 'fell') expect(high).toBeLessThan(0);
    else {
      expect(word).toBe('showed no clear change');
      if (!adjusted) expect(low <= 0 && high >= 0).toBe(true);
    }
  });

  it('says nothing of the earlier years before the change since the start, and labels them as before the hubs', () => {
    const text = neetParagraphs().join(' ');
    const since = text.indexOf('Since the hubs began');
    const whole = text.indexOf('Over the whole span of the files (academic years 2019/20 to 2023/24');
    expect(since).toBe(0);
    expect(whole).toBeGreaterThan(since);
    expect(text.slice(whole)).toMatch(/^[^)]*two of them before the hubs\)/);
    // No sentence before the whole span names 2019/20, the one year of the files before the baseline.
    expect(text.slice(0, whole)).not.toContain('2019/20');
  });
});
