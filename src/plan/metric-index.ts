import type { MeasureId } from '../model/measures/index.js';
import type { MetricRow } from '../model/metric.js';
import { isSpan } from '../model/period.js';

/** Finds metric rows by measure, hub, period and breakdown; series come in period order. */
export class MetricIndex {
  private readonly byKey = new Map<string, MetricRow>();
  private readonly byMeasure = new Map<string, MetricRow[]>();

  constructor(readonly rows: readonly MetricRow[]) {
    for (const r of rows) {
      this.byKey.set(key(r.measure, r.hub, r.period, r.breakdown), r);
      const list = this.byMeasure.get(r.measure) ?? [];
      list.push(r);
      this.byMeasure.set(r.measure, list);
    }
  }

  get(measure: MeasureId, hub: string, period: string, breakdown: string): MetricRow | undefined {
    return this.byKey.get(key(measure, hub, period, breakdown));
  }

  has(measure: MeasureId): boolean {
    return this.byMeasure.has(measure);
  }

  /** Single-year rows of one hub and breakdown, in period order. */
  series(measure: MeasureId, hub: string, breakdown: string): MetricRow[] {
    return (this.byMeasure.get(measure) ?? [])
      .filter((r) => r.hub === hub && r.breakdown === breakdown && !isRange(r.period))
      .sort(byPeriod);
  }

  /** Single periods the measure has, in order. */
  periods(measure: MeasureId): string[] {
    return [...new Set((this.byMeasure.get(measure) ?? []).map((r) => r.period).filter((p) => !isRange(p)))].sort();
  }

  /** The range row (`2015/16-2020/21`) of a change or trend measure for a hub and breakdown. */
  range(measure: MeasureId, hub: string, breakdown: string): MetricRow | undefined {
    return (this.byMeasure.get(measure) ?? []).find(
      (r) => r.hub === hub && r.breakdown === breakdown && isRange(r.period),
    );
  }

  /** The row of a measure for a hub and period whatever its breakdown (for measures with one breakdown). */
  any(measure: MeasureId, hub: string, period: string): MetricRow | undefined {
    return (this.byMeasure.get(measure) ?? []).find((r) => r.hub === hub && r.period === period);
  }

  latest(measure: MeasureId, hub: string, breakdown: string): MetricRow | undefined {
    const s = this.series(measure, hub, breakdown);
    return s[s.length - 1];
  }
}

/** A change's or trend's period (`2019/20-2023/24`), not one year's (model/period.ts). */
export const isRange = isSpan;

function byPeriod(a: MetricRow, b: MetricRow): number {
  return a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
}

function key(...parts: string[]): string {
  return parts.join('|');
}
