/** The eight Gatsby Benchmarks, in their order (b1 to b8), as the Compass chapter and Annex A name them. */
export const BENCHMARKS = [
  'A stable careers programme',
  'Learning from career and labour market information',
  'Addressing the needs of each pupil',
  'Linking curriculum learning to careers',
  'Encounters with employers and employees',
  'Experiences of workplaces',
  'Encounters with further and higher education',
  'Personal guidance',
] as const;

/** A benchmark as charts and tables name it: its number and title, "B5 Encounters with employers and employees". */
export function benchmarkLabel(k: number): string {
  return `B${k + 1} ${BENCHMARKS[k]}`;
}
