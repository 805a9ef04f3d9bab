import { describe, expect, it } from 'vitest';
import { figureEntries, numberFigures } from '../../src/plan/figure-numbers.js';
import { FIGURE_WORDS } from '../../src/plan/phrases/index.js';
import type { Block, PlanChart, Section } from '../../src/plan/types.js';
import { MINI, planOf, SAMPLES } from './sample-plan.js';

const chart = (id: string): Block => ({
  kind: 'chart',
  chart: {
    id,
    title: `Chart ${id}`,
    subtitle: '',
    source: 'DfE',
    alt: 'a',
    spec: {} as PlanChart['spec'],
    table: { id: `${id}-data`, caption: `Data ${id}`, columns: [], rows: [] },
    frame: {} as PlanChart['frame'],
  },
});
const table = (id: string): Block => ({ kind: 'table', table: { id, caption: `Table ${id}`, columns: [], rows: [] } });
const section = (id: string, level: 1 | 2, blocks: Block[]): Section => ({ id, title: id, level, blocks });

describe('numberFigures', () => {
  const numbered = numberFigures([
    section('contents', 1, [{ kind: 'contents' }]),
    section('foreword', 1, [table('front')]),
    section('summary', 1, [table('glance')]),
    section('compass', 1, [chart('c1'), table('t1'), chart('c2')]),
    // A sub-section carries on its chapter's count.
    section('compass-more', 2, [chart('c3'), table('t2')]),
    section('neet', 1, [table('t3'), chart('c4')]),
    section('annex-b', 1, [table('quality')]),
  ]);

  it('numbers chapters after the front matter, and figures and tables within each chapter, each from 1', () => {
    expect(numbered.map((s) => s.number)).toEqual([undefined, undefined, '1', '2', undefined, '3', undefined]);
    expect(figureEntries(numbered).map((f) => `${f.label} ${f.id}`)).toEqual([
      'Table 1.1 glance',
      'Figure 2.1 c1',
      'Table 2.1 t1',
      'Figure 2.2 c2',
      'Figure 2.3 c3',
      'Table 2.2 t2',
      'Table 3.1 t3',
      'Figure 3.1 c4',
      'Table B.1 quality',
    ]);
  });

  it('gives front matter tables and a chart’s own data table no number', () => {
    const front = numbered[1]!.blocks[0]!;
    expect(front.kind === 'table' && front.table.label).toBeUndefined();
    const c1 = numbered[3]!.blocks[0]!;
    expect(c1.kind === 'chart' && c1.chart.table.label).toBeUndefined();
  });
});

describe('the plan of the report-mini fixture', () => {
  it('numbers every chart and every table of its own after the front matter, none twice', async () => {
    const plan = await planOf(MINI);
    const entries = figureEntries(plan.sections);
    const charts = plan.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : b.kind === 'chartGrid' ? b.charts : [])),
    );
    expect(charts.length).toBeGreaterThan(5);
    for (const c of charts) expect(c.label, c.id).toMatch(/^Figure \d+\.\d+$/);
    expect(new Set(entries.map((e) => e.label)).size).toBe(entries.length);
    // The list of figures follows the contents.
    expect(plan.sections.slice(0, 2).map((s) => s.id)).toEqual(['contents', 'figures']);
    expect(plan.sections[1]!.title).toBe(FIGURE_WORDS.listTitle);
  });
});

describe('the plan of the sample report', () => {
  it('gives no two entries of the list of figures the same title', async () => {
    const entries = figureEntries((await planOf(SAMPLES)).sections);
    // Guarded against passing on none: the samples have hub profiles, four small charts each.
    expect(entries.filter((e) => e.id.startsWith('profile-')).length).toBeGreaterThanOrEqual(16);
    const seen = new Map<string, string>();
    const repeated = entries.flatMap((e) => {
      const first = seen.get(e.title);
      seen.set(e.title, first ?? e.label);
      return first ? [`${first} and ${e.label}: ${e.title}`] : [];
    });
    expect(repeated).toEqual([]);
  });
});
