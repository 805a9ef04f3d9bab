import { cap, countWord, listNames } from './words.js';

/** Targets, evidence and the titles of the evidence and similar-areas parts of a chapter. */

export type TargetStatusWord = 'met' | 'not met' | 'on track' | 'not on track' | 'no data';

/**
 * The executive summary's line on targets, each named: "Of the four targets set for the hubs, two were met (hub
 * membership and NEET or not known) and one is on track to be met (average benchmarks)."
 */
export function targetsSummarySentence(
  counts: Readonly<Record<TargetStatusWord, number>>,
  total: number,
  names?: Readonly<Record<TargetStatusWord, readonly string[]>>,
  narrow: readonly string[] = [],
): string {
  const were = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const words: Record<TargetStatusWord, string> = {
    met: were(counts.met, 'was met', 'were met'),
    'not met': were(counts['not met'], 'was not met', 'were not met'),
    'on track': were(counts['on track'], 'is on track to be met', 'are on track to be met'),
    'not on track': were(counts['not on track'], 'is not on track', 'are not on track'),
    'no data': were(counts['no data'], 'has no data to judge it by', 'have no data to judge them by'),
  };
  const parts = (Object.keys(words) as TargetStatusWord[])
    .filter((k) => counts[k] > 0)
    .map((k) => {
      const which = names?.[k] ?? [];
      const named = which.length ? ` (${listNames(which.map((name) => ({ name })))})` : '';
      return `${countWord(counts[k])} ${words[k]}${named}`;
    });
  const list = listNames(parts.map((name) => ({ name })));
  const margin = narrow.length
    ? ` The target${narrow.length === 1 ? '' : 's'} for ${listNames(narrow.map((name) => ({ name })))} ` +
      `${narrow.length === 1 ? 'was' : 'were'} met on the ` +
      `latest figure but not by a clear margin: the interval of ${narrow.length === 1 ? 'its' : 'each'} latest ` +
      'value reaches the wrong side of the target.'
    : '';
  return `Of the ${countWord(total)} target${total === 1 ? '' : 's'} set for the hubs, ${list}.${margin}`;
}

/** A target's status where the latest value meets it but its 95% interval reaches the wrong side. */
export const metNarrowlyText = (bound: string) =>
  `Met on the latest figure, not by a clear margin: the 95% interval reaches ${bound}`;

/** How a quote is attributed: by role and source, never by name. */
export function attribution(role: string | null, source: string): string {
  return role ? `${cap(role)}, ${source}` : cap(source);
}

/** What each chapter's evidence is about, so that its sub-section title names it (two chapters' are not alike). */
const EVIDENCE_TOPICS: Readonly<Record<string, string>> = {
  compass: 'careers provision',
  participation: 'activities and employers',
  destinations: 'destinations',
  neet: 'young people not in education, employment or training',
};

/** "Compared with similar areas: destinations after KS4": one title per chapter, so bookmarks differ. */
export function similarAreasTitle(chapter: 'destinations' | 'neet'): string {
  return `Compared with similar areas: ${chapter === 'destinations' ? 'destinations after KS4' : 'NEET or not known'}`;
}

/**
 * The title of a chapter's quotes ("In their words") or quotes and case studies: each names its chapter's topic, so
 * no two contents entries or bookmarks read the same.
 */
export function evidenceTitle(chapter: string, quotesOnly: boolean): string {
  const topic = EVIDENCE_TOPICS[chapter];
  const kind = quotesOnly ? 'In their words' : 'Case studies and voices';
  return topic ? `${kind}: ${topic}` : kind;
}

/**
 * The title of the chart of each hub's gap to its similar areas by year (`subject` with its article, "the sustained
 * EET rate"): what the pre-start check found where it was made for every hub (`diverged` names the hubs whose gap
 * moved before the start), else what the chart shows.
 */
export function similarAreasTrendTitle(
  subject: string,
  periodWord: string,
  check?: { readonly diverged: string; readonly all: boolean },
): string {
  if (check?.diverged)
    return `The gap to similar areas in ${subject} had already moved before the start in ${check.diverged}`;
  if (check?.all) return `Before the hubs began, ${subject} moved in step with similar areas in every hub`;
  return `Each hub's ${subject.replace(/^the /, '')} minus its similar areas', by ${periodWord}`;
}
