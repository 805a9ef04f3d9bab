import { BASE_MEASURES, type BaseMeasureId } from './base.js';
import { DERIVED_MEASURES, type DerivedMeasureId } from './derived.js';
import type { MeasureFacts, MeasureSource } from './types.js';

export type { BaseMeasureId } from './base.js';
export type {
  ChangeId,
  ChangeStem,
  EventGapId,
  ImpactId,
  ImpactStem,
  NeighbourId,
  NeighbourStem,
  SpanChangeId,
  WholeChangeId,
} from './derived.js';
export {
  beforeStartId,
  binomialId,
  EVENT_TIMES_WORDS,
  eventGapId,
  eventGapOf,
  eventGapVsNeighboursId,
  IMPACT_STEM_LEVEL,
  impactId,
  impactSlopeId,
  NEIGHBOUR_STEMS,
  pretrendId,
  sinceStartId,
  vsEnglandId,
  vsNeighboursId,
  wholeChangeId,
} from './derived.js';
export type {
  AnswerCategories,
  AnswerParts,
  GoodDirection,
  MeasureFacts,
  MeasureFamily,
  MeasureSource,
  MetricUnit,
  Partition,
} from './types.js';

/** A measure the catalogue knows: a metric row's `measure`; any other string is a compile error. */
export type MeasureId = BaseMeasureId | DerivedMeasureId;

/**
 * The catalogue of measures, in the order the README and `hubs-eval measures` list them: every fact about a
 * measure (label, unit, input, good direction, breakdowns and their partitions, method) lives here and nowhere else.
 */
export const CATALOGUE: ReadonlyMap<MeasureId, MeasureFacts<MeasureId>> = new Map([
  ...(Object.entries(BASE_MEASURES) as [BaseMeasureId, MeasureFacts<MeasureId>][]),
  ...(DERIVED_MEASURES as readonly (readonly [MeasureId, MeasureFacts<MeasureId>])[]),
]);

/** Every id a base measure names as a complement. */
type ComplementId = (typeof BASE_MEASURES)[BaseMeasureId]['complements'][number][number];
/** Every id a base measure names among its answer parts. */
type AnswerPartId = (typeof BASE_MEASURES)[BaseMeasureId]['answerParts'][number] extends infer P
  ? P extends { readonly measure: infer M; readonly with: readonly (infer W)[] }
    ? M | W
    : never
  : never;
type Holds<T extends true> = T;
// A complement or answer part that is not in the catalogue is a compile error here, not a margin that never matches.
export type ComplementsAreMeasures = Holds<[ComplementId] extends [MeasureId] ? true : false>;
export type AnswerPartsAreMeasures = Holds<[AnswerPartId] extends [MeasureId] ? true : false>;

export function isMeasureId(id: string): id is MeasureId {
  return CATALOGUE.has(id as MeasureId);
}

export function measureFacts(id: MeasureId): MeasureFacts<MeasureId> {
  const facts = CATALOGUE.get(id);
  // Unreachable for a typed id; a string cast to MeasureId from outside the catalogue is a bug, not a fallback.
  if (!facts) throw new Error(`measure ${id} is not in the catalogue`);
  return facts;
}

/** Where each input comes from, as the report's sources and Annex A name it. */
export const SOURCE_TEXT: Readonly<Record<MeasureSource, string>> = {
  institutions: 'Institutions register and hub membership',
  compass: 'Compass self-assessments (The Careers & Enterprise Company)',
  destinations: 'DfE, Key stage 4 destination measures',
  neet: 'DfE, Participation in education, training and NEET age 16 to 17 by local authority (NCCIS)',
  activities: 'Hub activity logs',
  surveys: "The evaluator's surveys and coded answers",
};
