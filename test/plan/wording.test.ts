import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportPlan } from '../../src/plan/types.js';
import { MINI, planOf, SAMPLES, sentences } from './sample-plan.js';

/**
 * Checked on every generated sentence of the findings chapters and the
 * executive summary, for the golden mini fixture and for the synthetic samples. The front matter, method, profiles
 * and annexes are worded by the publication work and are not in FINDINGS.
 */
const FINDINGS = /^(summary|compass|destinations|apprenticeships|neet|participation)/;

/** Patterns no generated sentence may contain, with why. */
const BANNED: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^["(]?[-+]?\d/, why: 'a sentence starts with a numeral' },
  { pattern: /\bthe \d+ Careers Hubs?\b/, why: 'hubs counted in digits ("the four Careers Hubs")' },
  { pattern: /\b(rose|fell|grew) (by )?(between )?-/, why: 'a direction word with a negative amount' },
  { pattern: /\bAll hubs (was|were|rose|fell|had|showed|is|are)\b/, why: '"All hubs" (a series name) as a subject' },
  {
    pattern: /(?<![\d.,/+-])[1-9] (?:[a-z]+ )?(hubs?|institutions|activities|SMEs|benchmarks|local authorities)\b/,
    why: 'a whole number under ten in digits in running text',
  },
  { pattern: /\b(above|below) [^.;]*\(\s*[-+]?0\.0 ?(pp|percentage points)?\)/, why: 'a direction for a 0.0 gap' },
  { pattern: /\bmatched\b/, why: '"matched" instead of "similar to"' },
];

function findingSentences(plan: ReportPlan): string[] {
  return sentences(plan)
    .filter((s) => FINDINGS.test(s.section))
    .map((s) => s.text);
}

/**
 * Every number in a sentence, with the constants of the wording taken out: academic years and cohorts (2021/22),
 * ages (16 to 17), the 95% of "95% confidence interval", key stage 4, benchmark numbers and counts in words.
 */
function numbersIn(text: string): string[] {
  const cleaned = text
    .replace(/\b\d{4}\/\d{2}\b/g, ' ')
    .replace(/\b16 (to|and) 17\b/g, ' ')
    .replace(/\b95% confidence/g, ' ')
    .replace(/\b(KS4|key stage 4)\b/g, ' ')
    .replace(/\bBenchmark \d\b/g, ' ')
    .replace(/\bper 100 pupils\b/gi, ' '); // the unit of a rate, not a figure
  return [...cleaned.matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) => m[0].replace(/,$/, ''));
}

/** A printed figure as a bare number: "+1.2 pp", "94.1%" and "1,648,490" become "1.2", "94.1" and "1648490". */
function bare(text: string): string {
  return text.replace(/[+,%]|\s*pp$/g, '').replace(/^-/, '');
}

describe.each([
  ['the golden mini fixture', MINI],
  ['the synthetic samples', SAMPLES],
])('generated prose of %s', (_name, dir) => {
  let plan: ReportPlan;
  beforeAll(async () => {
    plan = await planOf(dir);
  }, 120_000);

  it('has findings sentences to check', () => {
    expect(findingSentences(plan).length).toBeGreaterThan(20);
  });

  it.each(BANNED.map((b) => [b.why, b.pattern] as const))('no sentence has %s', (_why, pattern) => {
    expect(findingSentences(plan).filter((s) => pattern.test(s))).toEqual([]);
  });

  it('says "by between X (A) and Y (B)" at most twice: ranges use varied constructions', () => {
    const all = findingSentences(plan).join(' ');
    expect((all.match(/\bby between\b/g) ?? []).length).toBeLessThanOrEqual(2);
  });

  it('every number in the findings is a figure of the figure book (Annex A), as printed', () => {
    const known = new Set(plan.figures.map((f) => bare(f.text)));
    const missing = findingSentences(plan).flatMap((s) =>
      numbersIn(s)
        .filter((n) => !known.has(n.replace(/,/g, '')))
        .map((n) => `${n} in: ${s}`),
    );
    expect(missing).toEqual([]);
  });
});
