import type { ProblemLog } from '../model/problem.js';
import { BENCHMARK_COUNT } from '../model/records.js';

/**
 * A header that names a Gatsby Benchmark: "B1", "GB1", "BM1", "Benchmark 1", "Benchmark 1 (%)",
 * "Benchmark 1: A stable careers programme", "gatsby_benchmark_1". The number must end the token and be
 * followed by nothing or by a non-alphanumeric character, so "B2B contacts" or "Benchmarks met" are not
 * benchmark columns.
 */
const BENCHMARK_HEADER = /^(?:gatsby\s*)?(?:benchmark|gb|bm|b)\s*(\d+)(?![\da-z])(.*)$/;

/** Suffixes that say a column holds the percentage score (preferred when one benchmark has several columns). */
const SCORE_SUFFIX = /%|percent|score/;

export interface BenchmarkHeader {
  readonly benchmark: number;
  readonly isScore: boolean;
}

export function benchmarkOfHeader(header: string): BenchmarkHeader | undefined {
  const m = BENCHMARK_HEADER.exec(header.toLowerCase().replace(/[_-]+/g, ' ').trim());
  if (!m) return undefined;
  return { benchmark: Number(m[1]), isScore: SCORE_SUFFIX.test(m[2] ?? '') };
}

/** True when the header has at least one column that names a benchmark (in range or not). */
export function hasBenchmarkColumns(header: readonly string[]): boolean {
  return header.some((h) => benchmarkOfHeader(h) !== undefined);
}

/**
 * The column of each of the 8 benchmarks (index 0 = B1), after logging every header problem: a benchmark
 * outside 1-8, a benchmark with no column, or one with several columns not exactly one of which is marked
 * as the score. Undefined when some benchmark has no usable column.
 */
export function locateBenchmarks(header: readonly string[], log: ProblemLog, headerLine: number): number[] | undefined {
  const candidates: { k: number; isScore: boolean }[][] = Array.from({ length: BENCHMARK_COUNT }, () => []);
  header.forEach((h, k) => {
    const found = benchmarkOfHeader(h);
    if (!found) return;
    if (found.benchmark < 1 || found.benchmark > BENCHMARK_COUNT) {
      log.error({
        line: headerLine,
        column: h,
        message: `the header names Benchmark ${found.benchmark}; there are ${BENCHMARK_COUNT} Gatsby Benchmarks`,
        expected: `a Gatsby Benchmark 1-${BENCHMARK_COUNT}`,
        found: h,
      });
      return;
    }
    candidates[found.benchmark - 1]?.push({ k, isScore: found.isScore });
  });
  const chosen = candidates.map((c, i) => pickColumn(c, i + 1, header, log, headerLine));
  const missing = chosen.flatMap((k, i) => (k === undefined && candidates[i]?.length === 0 ? [i + 1] : []));
  if (missing.length) {
    log.error({
      line: headerLine,
      message: `no column for Benchmark ${missing.join(', ')}`,
      expected: `a score column for each of Gatsby Benchmarks 1-${BENCHMARK_COUNT} (e.g. "B1" or "Benchmark 1 (%)")`,
      found: `no column for ${missing.map((b) => `B${b}`).join(', ')}`,
    });
  }
  // An out-of-range header is reported but does not stop the rows being checked against the 8 real ones.
  const found = chosen.filter((k): k is number => k !== undefined);
  return found.length === BENCHMARK_COUNT ? found : undefined;
}

function pickColumn(
  candidates: { k: number; isScore: boolean }[],
  benchmark: number,
  header: readonly string[],
  log: ProblemLog,
  headerLine: number,
): number | undefined {
  if (candidates.length <= 1) return candidates[0]?.k;
  const scores = candidates.filter((c) => c.isScore);
  if (scores.length === 1) return scores[0]?.k;
  const names = candidates.map((c) => `"${header[c.k]}"`).join(', ');
  log.error({
    line: headerLine,
    column: header[candidates[0]?.k ?? 0],
    message: `several columns for Benchmark ${benchmark}, and not exactly one of them is marked as the score (%)`,
    expected: 'one score column per benchmark',
    found: names,
  });
  return undefined;
}
