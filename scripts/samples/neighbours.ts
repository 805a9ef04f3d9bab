import ExcelJS from 'exceljs';
import { type Cell, csvText, fixed1, round1 } from './csv-text.js';
import { countsFor, MEASURES, type Mix, percentOf } from './destination-counts.js';
import { LA_HEADER } from './destinations.js';
import { DESTINATION_COHORTS, DESTINATION_PATHS, NEET_PATHS, NEET_YEARS } from './evaluation-targets.js';
import { ENGLAND, LONDON_LAS } from './london-areas.js';
import { NEET_HEADER } from './neet.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';

/**
 * The sample comparison with similar areas (issue 12). The published statistical-neighbours workbook is not
 * committed (data-real only), and every LA in the London samples is in a hub, so no London LA can be a neighbour
 * outside the hubs. So the samples add, in data-samples/neighbours/:
 *   - synthetic NCCIS and KS4 destination rows for nine comparison areas outside London (real LA codes and names,
 *     made-up figures), in the layouts of the main sample files; Kent is a county with LA rows of its own;
 *   - a small statistical-neighbours workbook in the DfE layout (sheet "LA SN Groups", two banner rows, closeness
 *     bands with the DfE's inconsistent capitals), listing for each London LA six London neighbours (left out as
 *     in a hub) and four comparison areas.
 */

interface Area {
  readonly oldCode: string;
  readonly newCode: string;
  readonly name: string;
  readonly region: readonly [string, string];
  /** Approximate 16-17 cohort. */
  readonly youth: number;
}

export const COMPARISON_AREAS: readonly Area[] = [
  { oldCode: '870', newCode: 'E06000038', name: 'Reading', region: ['E12000008', 'South East'], youth: 3900 },
  { oldCode: '821', newCode: 'E06000032', name: 'Luton', region: ['E12000006', 'East of England'], youth: 6200 },
  { oldCode: '871', newCode: 'E06000039', name: 'Slough', region: ['E12000008', 'South East'], youth: 5000 },
  { oldCode: '826', newCode: 'E06000042', name: 'Milton Keynes', region: ['E12000008', 'South East'], youth: 8000 },
  { oldCode: '352', newCode: 'E08000003', name: 'Manchester', region: ['E12000002', 'North West'], youth: 14900 },
  { oldCode: '330', newCode: 'E08000025', name: 'Birmingham', region: ['E12000005', 'West Midlands'], youth: 34600 },
  {
    oldCode: '383',
    newCode: 'E08000035',
    name: 'Leeds',
    region: ['E12000003', 'Yorkshire and The Humber'],
    youth: 19_600,
  },
  { oldCode: '801', newCode: 'E06000023', name: 'Bristol, City of', region: ['E12000009', 'South West'], youth: 9700 },
  { oldCode: '886', newCode: 'E10000016', name: 'Kent', region: ['E12000008', 'South East'], youth: 36000 },
];

export const NEIGHBOURS_WORKBOOK = 'neighbours/synthetic_stat_neighbours.xlsx';

/** NCCIS and destination rows of the comparison areas, one NCCIS file per year and one destinations file. */
export function buildComparisonAreas(rng: Rng): SampleFile[] {
  const neet = COMPARISON_AREAS.map((area) => neetSeries(rng.fork(`neet-${area.oldCode}`), area));
  const files: SampleFile[] = [];
  for (let k = 1; k < NEET_YEARS.length; k++) {
    const year = NEET_YEARS[k] ?? 0;
    const rows = COMPARISON_AREAS.map((area, i) => neetRow(year, area, neet[i]?.[k]));
    files.push({ path: `neighbours/synthetic_nccis_neet_comparison_${year}.csv`, text: csvText(NEET_HEADER, rows) });
  }
  const destinations = COMPARISON_AREAS.flatMap((area) => destinationRows(rng.fork(`dest-${area.oldCode}`), area));
  files.push({
    path: 'neighbours/synthetic_ks4_destinations_comparison.csv',
    text: csvText(LA_HEADER, destinations, { quoteAll: true }),
  });
  return files;
}

interface NeetYear {
  readonly cohort: number;
  readonly neet: number;
  readonly notKnown: number;
}

/** Around England's path, each area with its own level and a gentle trend of its own. */
function neetSeries(rng: Rng, area: Area): NeetYear[] {
  const level = Math.exp(rng.normal(0, 0.2));
  const drift = rng.normal(0, 0.04);
  return NEET_YEARS.map((_, k) => {
    const cohort = Math.round(area.youth * (0.9 + 0.02 * k) * Math.exp(rng.normal(0, 0.01)));
    const neetPct = (NEET_PATHS.england.neet[k] ?? 0) * level * (1 + drift * k) * Math.exp(rng.normal(0, 0.06));
    const nkPct = (NEET_PATHS.england.notKnown[k] ?? 0) * Math.exp(rng.normal(0, 0.3));
    return { cohort, neet: Math.round((cohort * neetPct) / 100), notKnown: Math.round((cohort * nkPct) / 100) };
  });
}

function neetRow(year: number, area: Area, y: NeetYear | undefined): Cell[] {
  if (!y) throw new Error('missing NEET year');
  const pct = (n: number) => round1((100 * n) / y.cohort);
  const values: Record<string, Cell> = {
    time_period: year,
    time_identifier: 'Calendar year',
    geographic_level: 'Local authority',
    country_code: ENGLAND.code,
    country_name: ENGLAND.name,
    region_code: area.region[0],
    region_name: area.region[1],
    old_la_code: area.oldCode,
    new_la_code: area.newCode,
    la_name: area.name,
    Age: '16-17',
    Cohort_DJFavg: y.cohort,
    cohort_March: y.cohort,
    NEET_not_known_percent: pct(y.neet + y.notKnown),
    NEET_percent: pct(y.neet),
    Notknown_percent: pct(y.notKnown),
  };
  // The participation, SEND and context columns are not part of the comparison: `x`, not available.
  return NEET_HEADER.map((h) => values[h] ?? 'x');
}

const MIX: Mix = {
  education: [0.45, 0.2, 0.3, 0.05],
  otherEdu: [0.2, 0.1, 0.2, 0.1, 0.2, 0.2],
  appren: [0.3, 0.7],
  notSustained: [0.6, 0.2, 0.2],
  unknown: [0.5, 0.5],
};

/** Total-breakdown rows (counts and percentages) of state-funded mainstream schools, newest cohort first. */
function destinationRows(rng: Rng, area: Area): Cell[][] {
  const shift = rng.normal(-0.8, 0.6);
  const path = DESTINATION_PATHS.national;
  if (!path) throw new Error('no national destination path');
  const rows: Cell[][] = [];
  for (let k = DESTINATION_COHORTS.length - 1; k >= 0; k--) {
    const start = DESTINATION_COHORTS[k] ?? 0;
    const timePeriod = `${start + 1}${String((start + 2) % 100).padStart(2, '0')}`;
    const cohort = Math.round(area.youth * 0.5 * Math.exp(rng.normal(0, 0.02)));
    const rates = {
      overall: (path.overall[k] ?? 94) + shift + rng.normal(0, 0.4),
      appren: (path.appren[k] ?? 4) * Math.exp(rng.normal(0, 0.15)),
      work: path.work[k] ?? 3,
      unknown: path.unknown[k] ?? 1,
    };
    const counts = countsFor(rng, cohort, rates, MIX);
    const lead = (dataType: string): Cell[] => [
      timePeriod,
      'Academic year',
      'Local authority',
      ENGLAND.code,
      ENGLAND.name,
      area.region[0],
      area.region[1],
      area.oldCode,
      area.newCode,
      area.name,
      'State-funded mainstream schools',
      'Total',
      'Total',
      'Total',
      dataType,
      'Revised',
      'z',
    ];
    rows.push([...lead('Number of pupils'), ...MEASURES.map((m) => counts[m])]);
    const percent = (m: (typeof MEASURES)[number]) => (m === 'cohort' ? cohort : fixed1(percentOf(counts, m)));
    rows.push([...lead('Percentage'), ...MEASURES.map(percent)]);
  }
  return rows;
}

const BANDS = ['Very close', 'Very Close', 'Close', 'Somewhat close', 'Extremely close'] as const;

/**
 * The workbook's rows: for each London LA, six other London LAs and four comparison areas, in a seeded order; the
 * comparison areas get rows of their own too, with London neighbours, as the real file lists every LA.
 */
export function neighbourRows(rng: Rng): (string | number)[][] {
  const london = LONDON_LAS.map((la) => ({ code: la.oldCode, name: la.name, region: 'London' }));
  const rows: (string | number)[][] = [];
  for (const la of london) {
    const others = rng.shuffle(london.filter((o) => o.code !== la.code)).slice(0, 6);
    const areas = rng.shuffle(COMPARISON_AREAS).slice(0, 4);
    const picks = rng.shuffle([...others.map((o) => o.code), ...areas.map((a) => a.oldCode)]);
    rows.push(entryRow(la.code, la.name, la.region, picks, rng));
  }
  for (const area of COMPARISON_AREAS) {
    const picks = rng.shuffle(london).slice(0, 10);
    rows.push(
      entryRow(
        area.oldCode,
        area.name,
        area.region[1],
        picks.map((p) => p.code),
        rng,
      ),
    );
  }
  return rows;
}

function entryRow(code: string, name: string, region: string, picks: readonly string[], rng: Rng) {
  // Bands get no closer down the list, as in the DfE file.
  let band = rng.int(0, 2);
  const cells: (string | number)[] = [Number(code), name, Number(code), 0, region];
  for (const pick of picks) {
    band = Math.min(BANDS.length - 2, band + (rng.chance(0.3) ? 1 : 0));
    cells.push(Number(pick), BANDS[band] ?? 'Close');
  }
  return cells;
}

/**
 * The workbook bytes. exceljs stamps the creation time (fixed here) and its zip library stamps each entry with the
 * clock, which `fixZipTimes` overwrites, so the same seed gives the same bytes.
 */
export async function neighboursWorkbook(rng: Rng): Promise<Uint8Array> {
  const fixed = new Date(Date.UTC(2025, 4, 1));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'hubs-eval samples';
  wb.created = fixed;
  wb.modified = fixed;
  const ws = wb.addWorksheet('LA SN Groups');
  ws.addRow(['SYNTHETIC statistical neighbours for the hubs-eval samples: not DfE data']);
  ws.addRow(['Layout as the DfE Children\u2019s Services Statistical Neighbour groups (sheet "LA SN Groups")']);
  const header = ['LA num', 'LA Name', 'LA number', 'GOInd', 'GOReg'];
  for (let n = 1; n <= 10; n++) header.push(`SN${n}`, 'SNP');
  ws.addRow(header);
  for (const row of neighbourRows(rng)) ws.addRow(row);
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buffer as ArrayBuffer));
}

/**
 * Sets the MS-DOS modification time and date of every entry, in its central-directory record and its local header,
 * to 1 May 2025 00:00 (PKWARE APPNOTE.TXT 4.3.7 and 4.3.12: time at +10 / +12 and date at +12 / +14).
 */
export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const date = ((2025 - 1980) << 9) | (5 << 5) | 1;
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip: no end-of-central-directory record');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`zip central directory entry ${k} not found`);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
