import { EXIT, type ExitCode } from '../../errors.js';
import { CATALOGUE, type MeasureFacts, type MeasureId, SOURCE_TEXT } from '../../model/measures/index.js';
import type { Terminal } from '../terminal.js';

export interface MeasuresOptions {
  readonly json: boolean;
}

/** One measure as `hubs-eval measures --json` and the README list it. */
export function measureEntry(id: MeasureId, f: MeasureFacts) {
  return {
    id,
    label: f.label,
    unit: f.unit,
    better: f.better,
    source: f.source,
    breakdowns: f.breakdowns,
    partitions: f.partitions,
    complements: f.complements,
    answerParts: f.answerParts,
    additive: f.additive,
    family: f.family,
    filters: f.filters,
    method: f.method,
  };
}

/** The measure catalogue for analysts: every id metrics.csv can hold, with its unit, good direction and method. */
export function measuresCommand(options: MeasuresOptions, term: Terminal): ExitCode {
  const entries = [...CATALOGUE].map(([id, f]) => measureEntry(id, f));
  if (options.json) {
    term.out(JSON.stringify({ measures: entries, sources: SOURCE_TEXT }, null, 2));
    return EXIT.ok;
  }
  for (const e of entries) {
    term.out(`${e.id}  (${e.unit}; better: ${e.better}; from ${e.source})`);
    term.out(`  ${e.label}. Breakdowns: ${e.breakdowns.join(', ')}. Method: ${e.method}`);
  }
  return EXIT.ok;
}
