import { parseAcademicYear } from '../../config/year.js';
import type { Figure } from '../../model/missing.js';
import type { DestinationRow, GeographicLevel } from '../../model/records.js';
import { nextYear } from '../../model/year.js';
import { AREA_CODE_FORMS, isAreaCode } from '../area-code.js';
import { isInvalid, parseFigure } from '../cells.js';
import type { CsvRow } from '../csv-source.js';
import { areaOf, LEVEL_FORMS, parseLevel } from './geography.js';
import {
  canonicalBreakdown,
  canonicalBreakdownTopic,
  canonicalInstitutionGroup,
  canonicalInstitutionType,
} from './labels.js';
import { deriveOverall } from './measures.js';
import { checkCounts, checkDerivedOverall } from './plausible.js';
import type { RowContext } from './row-context.js';

export type RowOutcome = { readonly row: DestinationRow } | { readonly excluded: string } | { readonly failed: true };

const DATA_TYPES: Readonly<Record<string, DestinationRow['dataType']>> = {
  'number of pupils': 'count',
  'number of students': 'count',
  percentage: 'pct',
};

/** Reads one data row; every problem in it is logged, and a row with any problem is not kept. */
export function readRow(ctx: RowContext, { line, cells }: CsvRow): RowOutcome {
  const { cols, columns, log } = ctx;
  const cell = (k: number | undefined) => (k === undefined ? '' : (cells[k] ?? '').trim());
  const errorsBefore = log.errorCount;
  const fail = (k: number | undefined, expected: string, found: string, message: string) =>
    log.error({ line, ...(k === undefined ? {} : { column: columns.name(k) }), expected, found, message });

  const levelText = cell(cols.level);
  const level = cols.level === undefined ? undefined : parseLevel(levelText);
  if (level && 'excluded' in level) return { excluded: level.excluded };
  if (level && 'invalid' in level) fail(cols.level, LEVEL_FORMS, levelText, 'geographic level is empty');

  const methodology = cell(cols.methodology);
  // Hubs are about schools, so areas are where the school is (the guidance's "LEA area or provider location");
  // rows placed by where pupils live would count the same pupils twice, so they are left out.
  if (/residen/i.test(methodology)) {
    return { excluded: `level_methodology "${methodology}" is not used (hub areas are by school location)` };
  }

  const cohortYear = readCohortYear(ctx, line, cell(cols.timePeriod));
  const dataType = DATA_TYPES[cell(cols.dataType).toLowerCase().replace(/\s+/g, ' ')];
  if (cols.dataType !== undefined && dataType === undefined) {
    fail(
      cols.dataType,
      '"Number of pupils", "Number of students" or "Percentage"',
      cell(cols.dataType),
      'unknown data_type',
    );
  }
  for (const [k, what] of [
    [cols.group, 'institution group'],
    [cols.breakdown, 'breakdown'],
  ] as const) {
    if (k !== undefined && cell(k) === '') fail(k, `a ${what} label`, '', `${what} is empty`);
  }
  const area = level && 'level' in level ? readArea(ctx, line, level.level, cells) : undefined;
  const values = readValues(ctx, line, cells, dataType);
  if (dataType === 'count' && level && 'level' in level) checkCounts(ctx, line, level.level, values);

  if (
    log.errorCount > errorsBefore ||
    !ctx.complete ||
    !level ||
    !('level' in level) ||
    !area ||
    !cohortYear ||
    !dataType
  ) {
    return { failed: true };
  }
  const breakdown = canonicalBreakdown(cell(cols.breakdown));
  const overallDerived = values.overall === undefined && dataType === 'count';
  if (overallDerived) {
    const overall = deriveOverall(values);
    if (overall !== undefined) values.overall = overall;
    checkDerivedOverall(ctx, line, values);
    if (log.errorCount > errorsBefore) return { failed: true };
  }
  return {
    row: {
      cohortYear,
      level: level.level,
      areaCode: area.code,
      areaName: area.name,
      oldLaCode: area.oldLaCode,
      institutionGroup: canonicalInstitutionGroup(cell(cols.group)),
      institutionType: cols.type === undefined ? 'Total' : canonicalInstitutionType(cell(cols.type)),
      breakdownTopic: canonicalBreakdownTopic(cols.topic === undefined ? undefined : cell(cols.topic), breakdown),
      breakdown,
      dataType,
      version: cell(cols.version) || null,
      values,
      overallDerived: overallDerived && values.overall !== undefined,
      source: { file: ctx.file, line },
    },
  };
}

function readCohortYear(ctx: RowContext, line: number, text: string) {
  if (ctx.cols.timePeriod === undefined) return undefined;
  const year = /^\d{6}$/.test(text) ? parseAcademicYear(text) : undefined;
  if (!year) {
    ctx.log.error({
      line,
      column: ctx.columns.name(ctx.cols.timePeriod),
      expected: 'an EES academic year code such as 202223',
      found: text,
      message: 'time_period is not an academic year',
    });
    return undefined;
  }
  // The KS4 cohort is the year before the destination year, except in the cohort-year (2023/24) release.
  return ctx.basis === 'cohort' ? year : nextYear(year, -1);
}

function readArea(ctx: RowContext, line: number, level: GeographicLevel, cells: readonly string[]) {
  const cols = ctx.cols.areas[level];
  if (cols.code === undefined && cols.oldCode === undefined) {
    const seen = ctx.noAreaColumn.get(level);
    ctx.noAreaColumn.set(level, { line: seen?.line ?? line, count: (seen?.count ?? 0) + 1 });
    return undefined;
  }
  const area = areaOf(cols, cells);
  if (!area) {
    const k = cols.code ?? cols.oldCode;
    ctx.log.error({
      line,
      ...(k === undefined ? {} : { column: ctx.columns.name(k) }),
      expected: `the area code for a ${level.replace(/_/g, ' ')} row`,
      found: '',
      message: 'area code is empty',
    });
  } else if (!isAreaCode(area.code)) {
    const k = cols.code ?? cols.oldCode;
    ctx.log.error({
      line,
      ...(k === undefined ? {} : { column: ctx.columns.name(k) }),
      expected: AREA_CODE_FORMS,
      found: area.code,
      message: 'not an area code, so the row cannot be matched to an area',
    });
    return undefined;
  }
  return area;
}

const NOT_PERCENTAGES = new Set(['cohort', 'inst_count']);

function readValues(
  ctx: RowContext,
  line: number,
  cells: readonly string[],
  dataType: DestinationRow['dataType'] | undefined,
): Record<string, Figure> {
  const values: Record<string, Figure> = {};
  for (const { name, k } of ctx.cols.measures) {
    const text = cells[k] ?? '';
    const v = parseFigure(text);
    const column = ctx.columns.name(k);
    if (isInvalid(v)) {
      ctx.log.error({
        line,
        column,
        expected: 'a number or a DfE symbol (c, x, z, low, u, :, or empty)',
        found: text.trim(),
        message: `${name} is not a number or a DfE symbol`,
      });
      continue;
    }
    // Counts are whole pupils (and the cohort / institution count of a percentage row is a count too).
    const isCount = dataType === 'count' || NOT_PERCENTAGES.has(name);
    if (typeof v === 'number' && isCount && (v < 0 || !Number.isInteger(v))) {
      ctx.log.error({
        line,
        column,
        expected: 'a whole number of pupils (0 or more)',
        found: text.trim(),
        message: `${name} is not a count`,
      });
      continue;
    }
    if (typeof v === 'number' && !isCount && dataType === 'pct' && (v < 0 || v > 100)) {
      ctx.log.error({
        line,
        column,
        expected: 'a percentage from 0 to 100',
        found: text.trim(),
        message: `${name} is not a percentage`,
      });
      continue;
    }
    values[name] = v;
  }
  return values;
}
