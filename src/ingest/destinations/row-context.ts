import type { ProblemLog } from '../../model/problem.js';
import type { GeographicLevel } from '../../model/records.js';
import type { Columns } from '../csv-source.js';
import { areaColumns } from './geography.js';
import type { YearBasis } from './layout.js';
import { MEASURE_COLUMNS } from './measures.js';

/** Column positions for one file, found once from its header. */
export interface RowColumns {
  readonly timePeriod: number | undefined;
  readonly level: number | undefined;
  readonly dataType: number | undefined;
  readonly group: number | undefined;
  readonly type: number | undefined;
  readonly topic: number | undefined;
  readonly breakdown: number | undefined;
  readonly version: number | undefined;
  readonly methodology: number | undefined;
  readonly areas: ReturnType<typeof areaColumns>;
  readonly measures: readonly { readonly name: string; readonly k: number }[];
}

export function rowColumns(columns: Columns): RowColumns {
  return {
    timePeriod: columns.find('time_period'),
    level: columns.find('geographic_level'),
    dataType: columns.find('data_type'),
    group: columns.find('institution_group'),
    type: columns.find('institution_type'),
    topic: columns.find('breakdown_topic', 'characteristic_group'),
    breakdown: columns.find('breakdown', 'characteristic'),
    version: columns.find('version'),
    methodology: columns.find('level_methodology'),
    areas: areaColumns(columns),
    measures: MEASURE_COLUMNS.flatMap((name) => {
      const k = columns.find(name);
      return k === undefined ? [] : [{ name, k }];
    }),
  };
}

export interface RowContext {
  readonly file: string;
  readonly columns: Columns;
  readonly cols: RowColumns;
  readonly basis: YearBasis;
  readonly log: ProblemLog;
  /** False when a required column is missing: cells are still checked, but no row is kept. */
  readonly complete: boolean;
  /** Levels whose code column is absent from the header: first line and row count, reported once. */
  readonly noAreaColumn: Map<GeographicLevel, { line: number; count: number }>;
}
