import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEGACY_QUESTION, LEGACY_SURVEY } from '../../scripts/samples/legacy-survey.js';
import { parseAcademicYear } from '../../src/config/year.js';
import type { MetricRow } from '../../src/model/metric.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { planInput } from '../../src/pipeline/run.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { legacySentence, strandDestinationSentence, strandWords } from '../../src/plan/phrases/index.js';
import type { PlanTable, ReportPlan } from '../../src/plan/types.js';
import { SAMPLES } from './sample-plan.js';

/** The strand parts of the report on the repository's synthetic samples (hubs-eval.config.json, --year 2023/24). */
let plan: ReportPlan;
let rows: readonly MetricRow[];
beforeAll(async () => {
  const year = parseAcademicYear('2023/24')!;
  const result = await readAndCompute({ cwd: SAMPLES, config: undefined, year, sdc: true });
  rows = result.metrics.rows;
  plan = buildPlan(planInput(result, { year, hub: undefined, version: '0.0.0-test' }));
}, 120_000);

const section = (id: string) => {
  const s = plan.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
const table = (id: string): PlanTable => {
  for (const s of plan.sections) for (const b of s.blocks) if (b.kind === 'table' && b.table.id === id) return b.table;
  throw new Error(`no table ${id}`);
};
const paragraphs = (id: string) => section(id).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('sustained legacy of a strand (strands[].legacy)', () => {
  it('prints the favourable share of the configured survey question, as counted in the sample export', () => {
    // data-samples/surveys/synthetic_cluster_legacy_survey_msforms.csv: 14 "Strongly agree" + 24 "Agree" of 52
    // answering on the scale (54 responses, 2 "Don't know" kept apart) = 38 / 52 = 73.08%.
    const file = path.join(SAMPLES, 'data-samples', LEGACY_SURVEY.path);
    const rows: Record<string, string>[] = parse(readFileSync(file, 'utf8'), { columns: true });
    const answers = rows.map((r) => r[LEGACY_QUESTION] ?? '');
    const favourable = answers.filter((a) => a === 'Strongly agree' || a === 'Agree').length;
    const onScale = answers.filter((a) => a !== "Don't know").length;
    expect([rows.length, favourable, onScale]).toEqual([54, 38, 52]);
    expect(paragraphs('strand-careers-clusters')).toContain(
      legacySentence('73.1%', 'Careers Cluster schools and colleges'),
    );
  });

  it('is printed only for the strand that names a legacy question', () => {
    const said = (id: string) => paragraphs(id).some((p) => p.startsWith('On sustained legacy'));
    expect([said('strand-careers-hubs'), said('strand-careers-clusters')]).toEqual([false, true]);
  });
});

type Row = Record<string, string>;
const csv = (file: string): Row[] =>
  parse(readFileSync(path.join(SAMPLES, 'data-samples', file), 'utf8'), { columns: true });

describe("a strand's destinations against the other schools of its local authorities", () => {
  it('pools every cluster school once, from the school rows of the KS4 cohort 2022/23', () => {
    // Read back with csv-parse: the register's cluster column gives the 91 members; the 2022/23 school file's Total
    // rows with published counts give 75 of them (16,208 of 18,275 pupils), and 274 other eligible schools of the
    // same LAs (58,217 of 65,330). Newcombe's interval of 16208/18275 - 58217/65330 worked apart: -0.947 to +0.089.
    const register = new Map(csv('institutions.csv').map((r) => [r.urn ?? '', r]));
    const members = new Set([...register].filter(([, r]) => (r.cluster ?? '').trim() !== '').map(([urn]) => urn));
    const schools = csv('destinations/synthetic_ees_ks4_inst_202223.csv').filter(
      (r) => r.breakdown === 'Total' && register.has(r.school_urn ?? '') && /^\d+$/.test(`${r.cohort}${r.overall}`),
    );
    const mine = schools.filter((r) => members.has(r.school_urn ?? ''));
    const las = new Set(mine.map((r) => r.new_la_code));
    const others = schools.filter(
      (r) =>
        las.has(r.new_la_code) &&
        register.get(r.school_urn ?? '')?.eligible === 'yes' &&
        !members.has(r.school_urn ?? ''),
    );
    const sum = (list: Row[], k: string) => list.reduce((a, r) => a + Number(r[k]), 0);
    expect([mine.length, sum(mine, 'overall'), sum(mine, 'cohort')]).toEqual([75, 16208, 18275]);
    expect([others.length, sum(others, 'overall'), sum(others, 'cohort')]).toEqual([274, 58217, 65330]);
    const gap = rows.find(
      (r) => r.measure === 'group_eet_vs_others_pp' && r.hub === 'careers-clusters' && r.period === '2022/23',
    );
    expect(gap?.comparator).toBeCloseTo((100 * 58217) / 65330, 1);
    expect(paragraphs('strand-careers-clusters')).toContain(
      strandDestinationSentence({
        name: 'Careers Clusters',
        cohort: '2022/23',
        rate: '88.7%',
        others: '89.1%',
        gap: '-0.4 pp',
        low: '-0.9 pp',
        high: '+0.1 pp',
        word: 'similar (the interval includes zero)',
      }),
    );
    const t = table('strand-careers-clusters-destinations');
    expect(t.rows.at(-1)).toEqual([
      strandWords.destinationsTotal('Careers Clusters'),
      '88.7%',
      '89.1%',
      '-0.4 pp (-0.9 pp to +0.1 pp)',
      'similar (the interval includes zero)',
    ]);
  });
});

describe('secondary suppression in the Clusters outputs table', () => {
  const number = (cell: string) => (cell === 'c' ? null : Number(cell.replace(/,/g, '')));
  // The columns that add up over groups sharing no school (distinct SMEs may work with two groups).
  const additive = (t: PlanTable) => t.columns.flatMap((c, k) => (k >= 3 && c !== 'SMEs engaged' ? [k] : []));

  it('says why a cell can be c although its count is above the threshold', () => {
    expect(table('strand-careers-clusters-outputs').note).toBe(strandWords.outputsNote);
    expect(strandWords.outputsNote).toMatch(/above the threshold/);
    expect(strandWords.outputsNote).toMatch(/subtracting the others from the total/);
  });

  it("the groups add up to the strand's total where nothing is withheld (events are not rounded)", () => {
    // Careers Hubs: four hubs of disjoint LAs; activities with employers 8,958 + 11,168 + 4,523 + 10,373 = 35,022.
    const t = table('strand-careers-hubs-outputs');
    const k = t.columns.indexOf('Activities with employers');
    const cells = t.rows.map((r) => number(r[k] ?? ''));
    expect(cells).toEqual([8958, 11168, 4523, 10373, 35022]);
  });

  it("prints x, never 0, for outputs the hubs' logs do not record (no project label, no declaration column)", () => {
    // data-samples/activities/activities-*.csv have no sme_declaration column and no project-labelled row.
    const t = table('strand-careers-hubs-outputs');
    for (const name of ['Projects', 'SME declarations of benefit']) {
      const k = t.columns.indexOf(name);
      expect(
        t.rows.map((r) => r[k]),
        name,
      ).toEqual(['x', 'x', 'x', 'x', 'x']);
    }
    const text = paragraphs('strand-careers-hubs')[0] ?? '';
    expect(text).not.toMatch(/\b0 employer-led projects|made 0 declarations/);
    expect(text).toMatch(/do not record employer-led projects or SME declarations of benefit/);
    // The clusters' logs do record them: their projects are counted (Hospitality 38).
    const c = table('strand-careers-clusters-outputs');
    expect(c.rows[0]?.[c.columns.indexOf('Projects')]).toBe('38');
    // The programme's total of a column only the clusters record is theirs, and says so; the others are plain.
    const p = table('programme-summary-table');
    const [hubs, clusters, programme] = p.rows;
    for (const name of ['Projects', 'SME declarations of benefit']) {
      const k = p.columns.indexOf(name);
      expect(hubs?.[k], name).toBe('x');
      expect(programme?.[k], name).toBe(`${clusters?.[k]} (Careers Clusters only)`);
    }
    expect(programme?.[p.columns.indexOf('Work placements')]).toMatch(/^[\d,]+$/);
  });

  it('no withheld cell can be worked out by subtraction from the published total of its column', () => {
    const t = table('strand-careers-clusters-outputs');
    const total = t.rows.at(-1) ?? [];
    const groups = t.rows.slice(0, -1);
    let withheld = 0;
    for (const k of additive(t)) {
      const cells = groups.map((r) => number(r[k] ?? ''));
      const hidden = cells.filter((c) => c === null).length;
      const published = cells.reduce<number>((a, c) => a + (c ?? 0), 0);
      const sum = number(total[k] ?? '');
      expect(sum, t.columns[k]).not.toBeNull();
      // One hidden cell is the total minus the rest; two or more share a remainder none can be told apart in.
      expect(hidden, t.columns[k]).not.toBe(1);
      if (hidden > 0) expect((sum ?? 0) - published, t.columns[k]).toBeGreaterThan(0);
      withheld += hidden;
    }
    // Planted: Ealing and Hounslow has two schools (fewer than 3: withheld); Barnet and Enfield (six schools) and
    // Lambeth and Southwark (seven) have cells withheld only to protect it. Every one of Ealing and Hounslow's seven
    // outputs is withheld, SMEs engaged too (only its member count is shown).
    const c = (name: string) => groups.find((r) => r[0] === name)?.filter((x) => x === 'c').length;
    expect([c('Ealing and Hounslow'), c('Barnet and Enfield'), c('Lambeth and Southwark')]).toEqual([7, 6, 1]);
    // Additive columns only (SMEs engaged is not a sum over groups): 6 + 5 + 1 = 12 withheld cells.
    expect(withheld).toBe(12);
    // SMEs engaged is withheld in two groups, so no one group's count is left alone to be guessed at.
    const k = t.columns.indexOf('SMEs engaged');
    expect(groups.filter((r) => r[k] === 'c').length).toBe(2);
  });

  it('so does every year, span and pooled destination rate of the metrics: no strand sum has one withheld cell', () => {
    const strands = ['careers-clusters', 'careers-hubs'];
    const groupsOf: Record<string, string[]> = {
      'careers-hubs': ['central', 'east', 'south', 'west'],
      'careers-clusters': [...new Set(csv('institutions.csv').flatMap((r) => (r.cluster ? r.cluster.split(';') : [])))],
    };
    let relations = 0;
    for (const s of strands)
      for (const total of rows.filter(
        (r) => r.hub === s && (r.unit === 'count' || r.measure === 'group_eet_sustained_pct'),
      )) {
        if (total.measure === 'group_smes_engaged') continue;
        const parts = rows.filter(
          (r) => r.measure === total.measure && r.period === total.period && groupsOf[s]?.includes(r.hub),
        );
        const hidden = [total, ...parts].filter((r) => r.symbol === 'c').length;
        expect(hidden, `${total.measure} ${s} ${total.period}`).not.toBe(1);
        relations++;
      }
    expect(relations).toBeGreaterThan(50);
  });
});
