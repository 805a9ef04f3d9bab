import type { ProblemLog } from '../model/problem.js';
import type { Institution } from '../model/records.js';
import type { Columns, CsvRow } from './csv-source.js';
import { type CellAt, eligibleCell, joinedCell, laCodeCell, pupilsCell, typeCell } from './institution-fields.js';
import { giasType, isListedGiasType } from './institution-types.js';

/** The fields of an Institution that come from the row, apart from the URN (checked for duplicates first). */
export type InstitutionFields = Omit<Institution, 'urn' | 'source'>;

/** One accepted file layout: how to find its columns and read a row. */
export interface InstitutionLayout {
  readonly name: string;
  /** Column indexes by field, or undefined (with errors logged) when a required column is missing. */
  locate(columns: Columns, log: ProblemLog, headerLine: number): LocatedColumns | undefined;
}

export interface LocatedColumns {
  readonly urn: number;
  /** Why the row is left out (not an error), e.g. a closed GIAS establishment. */
  exclusion(row: CsvRow): string | undefined;
  fields(row: CsvRow, log: ProblemLog): InstitutionFields;
  /** Facts about the whole file for the summary, once every row is read. */
  notes(): string[];
}

export const cellAt = (row: CsvRow, k: number): string => (row.cells[k] ?? '').trim();

const REGISTER_ALIASES = {
  urn: ['urn', 'school urn', 'institution urn', 'ukprn'],
  name: ['name', 'school name', 'institution name', 'establishment name'],
  laCode: ['la_code', 'la code', 'la', 'local authority code'],
  type: ['type', 'institution type', 'school type'],
  pupils: ['pupils', 'number on roll', 'nor', 'number of pupils', 'pupils on roll'],
  eligible: ['eligible', 'eligible for hub membership', 'hub eligible'],
  joined: ['joined', 'joined hub', 'joined_date', 'joined_year', 'date joined', 'year joined'],
  clusters: ['cluster', 'careers cluster', 'clusters'],
} as const;

const GIAS_ALIASES = {
  urn: ['URN'],
  name: ['EstablishmentName'],
  laCode: ['LA (code)'],
  type: ['TypeOfEstablishment (name)'],
  pupils: ['NumberOfPupils'],
  status: ['EstablishmentStatus (name)'],
  feType: ['FurtherEducationType (name)'],
} as const;

export function isGias(columns: Columns): boolean {
  return columns.has(...GIAS_ALIASES.name) && columns.has(...GIAS_ALIASES.type);
}

export function isRegister(columns: Columns): boolean {
  return [REGISTER_ALIASES.urn, REGISTER_ALIASES.name, REGISTER_ALIASES.laCode, REGISTER_ALIASES.type].every(
    (aliases) => columns.has(...aliases),
  );
}

/** Our own register: one row per institution, with hub eligibility and the year it joined. */
export const REGISTER_LAYOUT: InstitutionLayout = {
  name: 'hub register',
  locate(columns, log, headerLine) {
    const need = (field: string, aliases: readonly string[]) => columns.require(log, headerLine, field, ...aliases);
    const [urn, name, laCode, type] = [
      need('urn', REGISTER_ALIASES.urn),
      need('name', REGISTER_ALIASES.name),
      need('la_code', REGISTER_ALIASES.laCode),
      need('type', REGISTER_ALIASES.type),
    ];
    if (urn === undefined || name === undefined || laCode === undefined || type === undefined) return undefined;
    const pupils = columns.find(...REGISTER_ALIASES.pupils);
    const eligible = columns.find(...REGISTER_ALIASES.eligible);
    const joined = columns.find(...REGISTER_ALIASES.joined);
    const clusters = columns.find(...REGISTER_ALIASES.clusters);
    const at = (row: CsvRow, k: number, l: ProblemLog): CellAt => ({ log: l, line: row.line, column: columns.name(k) });
    return {
      urn,
      exclusion: () => undefined,
      fields: (row, l) => {
        const label = cellAt(row, name);
        if (label === '')
          l.warn({
            line: row.line,
            column: columns.name(name),
            message: 'institution name is empty',
            expected: 'a name',
          });
        return {
          name: label,
          laCode: laCodeCell(cellAt(row, laCode), at(row, laCode, l)),
          type: typeCell(cellAt(row, type), at(row, type, l)),
          pupils: pupils === undefined ? null : pupilsCell(cellAt(row, pupils), at(row, pupils, l)),
          eligible: eligible === undefined ? true : eligibleCell(cellAt(row, eligible), at(row, eligible, l)),
          joined: joined === undefined ? null : joinedCell(cellAt(row, joined), at(row, joined, l)),
          ...(clusters === undefined ? {} : { clusters: clusterValues(cellAt(row, clusters)) }),
        };
      },
      notes: () => [
        ...(eligible === undefined
          ? ['No eligibility column: every institution is counted as eligible for hub membership.']
          : []),
        ...(joined === undefined ? ['No joined column: no institution is counted as a hub member.'] : []),
        ...(pupils === undefined ? ['No pupils column: pupil numbers are not known (not 0).'] : []),
      ],
    };
  },
};

/** A cluster cell: group values separated by `;` (a school in two clusters), compared in lower case. */
export function clusterValues(text: string): string[] {
  return text
    .split(';')
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '');
}

/**
 * A GIAS "edubase" establishment extract (edubasealldata*.csv, Windows-1252) as downloaded. It lists
 * establishments, not hub membership, so every open establishment is eligible and none has joined.
 */
export const GIAS_LAYOUT: InstitutionLayout = {
  name: 'GIAS establishment extract',
  locate(columns, log, headerLine) {
    const need = (field: string, aliases: readonly string[]) => columns.require(log, headerLine, field, ...aliases);
    const [urn, name, laCode, type] = [
      need('urn', GIAS_ALIASES.urn),
      need('name', GIAS_ALIASES.name),
      need('la_code', GIAS_ALIASES.laCode),
      need('type', GIAS_ALIASES.type),
    ];
    if (urn === undefined || name === undefined || laCode === undefined || type === undefined) return undefined;
    const pupils = columns.find(...GIAS_ALIASES.pupils);
    const status = columns.find(...GIAS_ALIASES.status);
    const feType = columns.find(...GIAS_ALIASES.feType);
    const unlisted = new Map<string, number>();
    return {
      urn,
      exclusion: (row) =>
        status !== undefined && cellAt(row, status).toLowerCase() === 'closed'
          ? 'closed establishment (GIAS status "Closed")'
          : undefined,
      fields: (row, l) => {
        const typeName = cellAt(row, type);
        if (!isListedGiasType(typeName)) unlisted.set(typeName, (unlisted.get(typeName) ?? 0) + 1);
        return {
          name: cellAt(row, name),
          laCode: laCodeCell(cellAt(row, laCode), { log: l, line: row.line, column: columns.name(laCode) }),
          type: giasType(typeName, feType === undefined ? undefined : cellAt(row, feType)),
          pupils:
            pupils === undefined
              ? null
              : pupilsCell(cellAt(row, pupils), { log: l, line: row.line, column: columns.name(pupils) }),
          eligible: true,
          joined: null,
        };
      },
      notes: () => [
        'GIAS extract: no membership columns, so every establishment is counted as eligible and none as a hub ' +
          'member (joined = none).',
        ...(unlisted.size
          ? [
              `Counted as type "other" (GIAS types outside the mapping table): ${[...unlisted]
                .sort(([a], [b]) => a.localeCompare(b, 'en'))
                .map(([t, n]) => `${t || '(empty)'} ${n}`)
                .join(', ')}.`,
            ]
          : []),
      ],
    };
  },
};
