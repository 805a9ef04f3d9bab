import type { Problem } from '../model/problem.js';
import { type Activity, INPUT_KINDS, type InputKind, type ReadResult, type RecordsByKind } from '../model/records.js';
import { activitiesReader } from './activities.js';
import { compassReader } from './compass.js';
import { Columns, readHeader } from './csv-source.js';
import { destinationsReader } from './destinations.js';
import { institutionsReader } from './institutions.js';
import { neetReader } from './neet.js';
import { plausibleActivities, withoutImplausible, withPlausibleYears } from './plausible-years.js';
import type { Reader, ReadOptions } from './reader.js';

export type { RecordsByKind } from '../model/records.js';

export const READERS: { readonly [K in InputKind]: Reader<RecordsByKind[K]> } = {
  institutions: institutionsReader,
  compass: compassReader,
  destinations: destinationsReader,
  neet: neetReader,
  activities: activitiesReader,
};

/** Every input read: one ReadResult per file, by kind, in the order the files were given. */
export type Inputs = { [K in InputKind]: ReadResult<RecordsByKind[K]>[] };

/** The kind of a file, from its header; undefined when no reader recognises it. */
export async function detectKind(file: string): Promise<InputKind | undefined> {
  const columns = new Columns(await readHeader(file));
  // Destinations and NEET first: their headers are the most specific, and GIAS/register headers are generic.
  const order: InputKind[] = ['destinations', 'neet', 'compass', 'activities', 'institutions'];
  return order.find((kind) => READERS[kind].detect(columns));
}

/**
 * Where activities go as they are read, made from the inputs read before them (the register alone: see READ_ORDER);
 * when given, activity records stream past instead of being kept.
 */
export type ActivitySink = (readSoFar: Inputs) => (activity: Activity) => void;

/**
 * The order files are read in: the register first (activities are placed through it), then the activity logs, while
 * little else is in memory. With the school destinations and Compass returns already read (over 150 MB at 1M rows),
 * V8 marked the old generation throughout the logs' millions of short-lived rows and promoted about half of them:
 * the heap reached 520 MB of garbage before it was collected. `Inputs` keeps its own order, so nothing printed moves.
 */
const FIRST_READ: readonly InputKind[] = ['institutions', 'activities'];
const READ_ORDER: readonly InputKind[] = [...FIRST_READ, ...INPUT_KINDS.filter((k) => !FIRST_READ.includes(k))];

export async function readFiles(
  files: Partial<Record<InputKind, readonly string[]>>,
  options: ReadOptions,
  onFile?: (file: string) => void,
  activitySink?: ActivitySink,
): Promise<Inputs> {
  const inputs: Inputs = { institutions: [], compass: [], destinations: [], neet: [], activities: [] };
  for (const kind of READ_ORDER) {
    const sink = kind === 'activities' && activitySink && files[kind]?.length ? activitySink(inputs) : undefined;
    const kindOptions = sink ? { ...options, onActivity: sink } : options;
    for (const file of files[kind] ?? []) {
      onFile?.(file);
      (inputs[kind] as ReadResult<unknown>[]).push(await readOne(kind, file, kindOptions));
    }
  }
  return inputs;
}

/** One file read by its kind's reader, its years checked when the options give a window (see plausible-years). */
async function readOne<K extends InputKind>(kind: K, file: string, options: ReadOptions) {
  const years = options.years;
  if (!years) return READERS[kind].read(file, options);
  // Activities that stream past are checked on their way to the sink; kept records after the file is read.
  const late: Problem[] = [];
  const sink = options.onActivity;
  const streamed = sink ? { ...options, onActivity: plausibleActivities(sink, years, (p) => late.push(p)) } : options;
  const read = withPlausibleYears(kind, await READERS[kind].read(file, streamed), years);
  if (!late.length) return read;
  return {
    ...read,
    summary: withoutImplausible(read.summary, late.length, years),
    problems: [...read.problems, ...late],
  };
}

export function allRecords<K extends InputKind>(inputs: Inputs, kind: K): RecordsByKind[K][] {
  return (inputs[kind] as ReadResult<RecordsByKind[K]>[]).flatMap((r) => r.records);
}
