import { beforeAll, describe, expect, it } from 'vitest';
import { dontKnowInBaseSentence, multiplicityMethod, predecessorsSentence } from '../../src/plan/phrases/index.js';
import type { Block, ReportPlan, Section } from '../../src/plan/types.js';
import { planOf, SAMPLES } from './sample-plan.js';

/**
 * One figure, one value, one wording: the sample report says the same thing wherever it says it. Each rule below
 * is a contradiction a reader of an earlier edition found between two pages.
 */
let plan: ReportPlan;
beforeAll(async () => {
  plan = await planOf(SAMPLES);
}, 120_000);

const section = (id: string): Section => {
  const s = plan.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
const paragraphs = (id: string) =>
  section(id).blocks.flatMap((b) =>
    b.kind === 'paragraph' ? [b.text] : b.kind === 'bullets' ? b.items.map((i) => i.text) : [],
  );
const tableOf = (id: string) => {
  const b = section(id).blocks.find((x): x is Extract<Block, { kind: 'table' }> => x.kind === 'table');
  if (!b) throw new Error(`no table in ${id}`);
  return b.table;
};
const HUBS = ['Central', 'East', 'South', 'West'] as const;

describe('the same figure wherever it is printed', () => {
  it("gives participation per 100 pupils over the chapter's span in the summary, with the chapter's values", () => {
    const { rows, columns } = tableOf('summary-comparison');
    const row = rows.find((r) => r[0]!.startsWith('Student participations per 100 pupils'))!;
    // The span of the activity logs the hubs kept (2021/22 to 2023/24), not one year's figure under the same label.
    expect(row[0]).toBe('Student participations per 100 pupils, 2021/22 to 2023/24');
    const chapter = paragraphs('participation').find((t) => t.includes('Per 100 pupils on roll'))!;
    const said = /numbered ([\d.]+) in Central, ([\d.]+) in East, ([\d.]+) in South and ([\d.]+) in West/.exec(chapter);
    expect(said).not.toBeNull();
    expect(HUBS.map((h) => row[columns.indexOf(h)])).toEqual(said!.slice(1));
  });

  it('tiles NEET or not known in each profile, the value the headline table gives for the hub', () => {
    const { rows, columns } = tableOf('summary-comparison');
    const headline = rows.find((r) => r[0] === '% of 16 to 17 year olds NEET or not known, 2023/24')!;
    for (const hub of HUBS) {
      const tiles = section(`profile-${hub.toLowerCase()}`).blocks.find((b) => b.kind === 'keyFigures');
      const items = tiles?.kind === 'keyFigures' ? tiles.items : [];
      expect(
        items.some((i) => /^NEET at/.test(i.label)),
        hub,
      ).toBe(false);
      const tile = items.find((i) => i.label === 'NEET or not known at 16 to 17, 2023/24');
      // The headline cell is "3.4% (3.3 to 3.6)": the tile is its estimate.
      expect(tile?.value, hub).toBe(headline[columns.indexOf(hub)]!.split(' ')[0]);
    }
  });

  it('opens each profile with what is particular to the hub, never one template sentence for all four', () => {
    const openings = HUBS.map((h) => paragraphs(`profile-${h.toLowerCase()}`)[1]!);
    for (const [i, h] of HUBS.entries()) {
      expect(openings[i]).toMatch(new RegExp(`^Where ${h} differs most from the other hubs is `));
    }
    const first = openings.map((t) => t.slice(0, t.indexOf(':')));
    expect(new Set(first).size).toBe(4);
    // South's NEET or not known rate (2.4%) is below the other three (3.3% to 3.5%): its opening says so, and its
    // England sentence does not give the same figure again.
    expect(openings[2]).toContain('its NEET or not known rate in 2023/24: 2.4%, against 3.3% to 3.5% in the others');
    expect(openings[2]!.match(/2\.4%/g)).toHaveLength(1);
  });

  it('says membership before the hubs began is of the programmes they took over, named from the history', () => {
    const text = paragraphs('membership').join(' ');
    expect(text).toContain(
      predecessorsSentence('2016/17', '2021/22', [
        { name: 'London Enterprise Adviser Network', period: '2016 to 2020' },
        { name: 'London Careers Clusters', period: '2020 to 2023' },
      ]),
    );
    // The share of eligible institutions that were members (91.2% in 2023/24) is given once in the chapter's text.
    expect(text.match(/91\.2%/g)).toHaveLength(1);
  });

  it('counts "Unsure" in the base of the one question configured so, and says so in the method and the chapter', () => {
    // hubs-eval.config.json: staff Q3 has dontKnowInBase; its text is the 12th column heading of the staff export.
    const sentence = dontKnowInBaseSentence(
      'How has careers provision in your school or college changed since it joined the hub?',
      ['Unsure'],
    );
    expect(paragraphs('method-surveys').join(' ')).toContain(sentence);
    expect(paragraphs('survey-staff').join(' ')).toContain(sentence);
    expect(paragraphs('survey-employers').join(' ')).not.toContain('in the base');
  });

  it('names the primary outcomes in the methods with no space before the comma', () => {
    const methods = paragraphs('methods').join(' ');
    expect(methods).toContain(
      multiplicityMethod(
        ['eet_change_since_start_vs_england_pp', 'neet_or_not_known_change_since_start_vs_england_pp'],
        'England',
      ),
    );
    expect(methods).not.toMatch(/ ,/);
  });

  it('answers "Do Careers Hubs work?" with the survey, disadvantage and SEND/AP, each in its design\'s word', () => {
    const text = section('summary')
      .blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
      .join(' ');
    // Staff Q2: 50 "Satisfied" and 45 "Very satisfied" of 112 answers (two blank): 84.8%; the base is published
    // rounded to the nearest five (110).
    expect(text).toContain(
      'Of school and college staff asked “How satisfied are you with the support your school or college receives ' +
        'from its Careers Hub?”, 84.8% (n=110) answered favourably: this describes those who ' +
        'chose to answer, not an effect.',
    );
    expect(text).toMatch(
      /disadvantaged pupils in the hubs' areas were less likely .*: an association in the areas, not/,
    );
    // Special schools and AP 4.9 (4.6 to 5.2) against mainstream 5.4 (5.2 to 5.6) in 2023/24: the difference -0.5,
    // square-and-add limits -0.5 - hypot(0.3, 0.2) = -0.86 and -0.5 + hypot(0.3, 0.2) = -0.14, so fewer.
    expect(text).toContain(
      'special schools and alternative provision fully achieved fewer Gatsby Benchmarks on average than mainstream ' +
        'schools (4.9 against 5.4; the 95% confidence interval of the difference excludes zero): exploratory',
    );
    expect(text).toMatch(/Of the four targets set for the hubs, three were met \(eligible institutions/);
    expect(text).not.toMatch(/\b(?:effect of the hubs was|caused)\b/);
  });
});
