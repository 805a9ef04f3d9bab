import type { GeographicLevel } from '../../model/records.js';
import type { Columns } from '../csv-source.js';

/**
 * EES writes geographic_level as a label in underlying data ("Local authority district") and in camelCase
 * in the older table tool ("localAuthorityDistrict"); both compare equal once case and spaces are dropped.
 */
const LEVELS: Readonly<Record<string, GeographicLevel>> = {
  national: 'national',
  regional: 'regional',
  localauthority: 'local_authority',
  localauthoritydistrict: 'local_authority_district',
};

export type LevelResult = { level: GeographicLevel } | { excluded: string } | { invalid: true };

export function parseLevel(text: string): LevelResult {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  if (key === '') return { invalid: true };
  const level = LEVELS[key];
  // Other EES levels (Parliamentary constituency, Opportunity area, LSIP, ...) do not map to hubs.
  return level
    ? { level }
    : { excluded: `geographic level "${text.trim()}" is not used (only national, regional, LA and LA district)` };
}

export const LEVEL_FORMS = 'National, Regional, Local authority or Local authority district (either spelling)';

/** Where each level keeps its code and name; the legacy table tool keeps all of them in location_code/location. */
interface AreaColumns {
  readonly code: number | undefined;
  readonly name: number | undefined;
  readonly oldCode: number | undefined;
  /** Header names accepted for the code, for the error message when none is present. */
  readonly accepted: readonly string[];
}

export function areaColumns(columns: Columns): Record<GeographicLevel, AreaColumns> {
  const location = { code: columns.find('location_code'), name: columns.find('location') };
  const pick = (code: string, name: string, oldCode?: string): AreaColumns => ({
    code: columns.find(code) ?? location.code,
    name: columns.find(name) ?? location.name,
    oldCode: oldCode === undefined ? undefined : columns.find(oldCode),
    accepted: [code, 'location_code'],
  });
  return {
    national: pick('country_code', 'country_name'),
    regional: pick('region_code', 'region_name'),
    local_authority: pick('new_la_code', 'la_name', 'old_la_code'),
    local_authority_district: pick('lad_code', 'lad_name'),
  };
}

export interface Area {
  readonly code: string;
  readonly name: string;
  readonly oldLaCode: string | null;
}

/** The area of a row at `level`; an LA row with only an old code keeps it as its code. */
export function areaOf(cols: AreaColumns, cells: readonly string[]): Area | undefined {
  const cell = (k: number | undefined) => (k === undefined ? '' : (cells[k] ?? '').trim());
  const oldLaCode = cell(cols.oldCode) || null;
  const code = cell(cols.code) || oldLaCode || '';
  if (code === '') return undefined;
  return { code, name: cell(cols.name), oldLaCode };
}
