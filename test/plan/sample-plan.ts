import path from 'node:path';
import { parseAcademicYear } from '../../src/config/year.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { planInput } from '../../src/pipeline/run.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { ReportPlan } from '../../src/plan/types.js';

/** The plan of a report on a folder with a config: the repository's synthetic samples, or a test fixture. */
export async function planOf(cwd: string, yearText = '2023/24'): Promise<ReportPlan> {
  const year = parseAcademicYear(yearText)!;
  const result = await readAndCompute({ cwd, config: undefined, year, sdc: true });
  return buildPlan(planInput(result, { year, hub: undefined, version: '0.0.0-test' }));
}

export const SAMPLES = path.resolve(import.meta.dirname, '../..');
export const MINI = path.resolve(import.meta.dirname, '../fixtures/report-mini');

/** Every generated sentence of a plan: paragraphs and bullets split at sentence ends, and chart titles. */
export function sentences(plan: ReportPlan): { section: string; text: string }[] {
  return plan.sections.flatMap((s) =>
    s.blocks.flatMap((b) => {
      const texts =
        b.kind === 'paragraph'
          ? [b.text]
          : b.kind === 'bullets'
            ? b.items.map((i) => i.text)
            : b.kind === 'chart'
              ? [b.chart.title]
              : [];
      return texts.flatMap((t) =>
        t
          .split(/(?<=[.;:])\s+(?=[A-Z0-9])/)
          .filter(Boolean)
          .map((text) => ({ section: s.id, text })),
      );
    }),
  );
}
