import type { CompassReturn } from '../model/records.js';
import { compareYears } from '../model/year.js';
import { compareUrns } from './urn.js';

/**
 * Compass allows several self-assessments a year; the evaluation counts one per institution per academic
 * year: the one completed last (a tie goes to the later line), since it is the institution's latest view
 * of where it stands. The others are returned as superseded so they can be reported, not lost. A return
 * without a completion date (year-only exports) counts as earlier than any dated one.
 */
export function keepLatestReturns(returns: readonly CompassReturn[]): {
  kept: CompassReturn[];
  superseded: CompassReturn[];
} {
  const latest = new Map<string, CompassReturn>();
  const superseded: CompassReturn[] = [];
  for (const r of returns) {
    const key = `${r.year}|${r.urn}`;
    const held = latest.get(key);
    if (held === undefined) latest.set(key, r);
    else if (isLater(r, held)) {
      superseded.push(held);
      latest.set(key, r);
    } else superseded.push(r);
  }
  return { kept: [...latest.values()].sort(byYearUrnLine), superseded: superseded.sort(byYearUrnLine) };
}

function isLater(a: CompassReturn, b: CompassReturn): boolean {
  const [da, db] = [a.completed ?? '', b.completed ?? ''];
  return da !== db ? da > db : a.source.line > b.source.line;
}

/** Deterministic order: academic year, then URN, then the line in the file. */
export function byYearUrnLine(a: CompassReturn, b: CompassReturn): number {
  return compareYears(a.year, b.year) || compareUrns(a.urn, b.urn) || a.source.line - b.source.line;
}
