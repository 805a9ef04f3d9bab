import { classifyComparison } from '../../stats/change.js';
import { listNames } from './words.js';

/**
 * The words of the programme summary and the strand parts: groups defined by their members (Careers Clusters)
 * beside the area hubs. A group's schools are "above" or "below" the other schools of their local authorities only
 * where the published 95% interval of the difference excludes zero, as in every comparison (stats/change.ts).
 */

export const strandWords = {
  summaryTitle: 'The programme: strands and groups',
  summaryCaption: 'Outputs of each strand of the programme over the years its groups ran',
  summaryColumns: [
    'Strand',
    'Groups',
    'Years',
    'Members',
    'Projects',
    'Work placements',
    'Student participations',
    'Activities with employers',
    'Activities with SMEs',
    'SMEs engaged',
    'SME declarations of benefit',
  ],
  programmeRow: 'Programme (each school and activity once)',
  /** A programme total of an output only some strands' logs record: the value, and whose it is. */
  recordedBy: (value: string, strands: readonly string[]) =>
    `${value} (${listNames(strands.map((name) => ({ name })))} only)`,
  summaryNote:
    "x: not recorded (the strand's activity logs never record employer-led projects, or have no SME declaration " +
    "column); the programme's total of such a column is of the strands that record it, and says so.",
  outputsColumns: [
    'Group',
    'Kind',
    'Years',
    'Members',
    'Projects',
    'Work placements',
    'Student participations',
    'Activities with employers',
    'Activities with SMEs',
    'SMEs engaged',
    'SME declarations of benefit',
  ],
  strandTotal: (name: string) => `${name} (each school and activity once)`,
  outputsCaption: (strand: string) => `Outputs of each group of the ${strand} strand over the years it ran`,
  outputsNote:
    'A school in two groups counts in each, so groups do not add up to the strand, which counts it once. Outputs ' +
    "are the activities each group delivered (a cluster's from its own log) at its members in the years it ran. " +
    'c: withheld by disclosure control. A group of fewer schools than the disclosure minimum is withheld; a cell ' +
    'can also be c although its count is above the threshold (secondary suppression): where the groups share no ' +
    "school, a column's groups add up to the strand's total, so one withheld cell could be worked out by " +
    'subtracting the others from the total, and a second cell of that column is withheld to stop it. x: not ' +
    "recorded (the group's activity logs never record employer-led projects, or have no SME declaration column).",
  compassCaption: (strand: string) =>
    `Average Gatsby Benchmarks fully achieved by the members of each group of the ${strand} strand, by year`,
  destinationsCaption: (strand: string, cohort: string) =>
    `Sustained education, apprenticeship or employment of the schools of each ${strand} group against the other ` +
    `schools of their local authorities, KS4 cohort ${cohort}`,
  destinationsColumns: ['Group', "Group's schools", 'Other schools', 'Difference (95% CI)', 'Comparison'],
  destinationsTotal: (strand: string) => `${strand} (each school once)`,
  destinationsNote:
    'Pooled over the schools with published counts (KS4 destinations by school). Other schools: the eligible ' +
    "schools of the register in the same local authorities and cohort that were not the group's members; for the " +
    "strand, the schools of its groups' local authorities that were in none of its groups. " +
    'c: withheld by disclosure control: a group of fewer schools than the disclosure minimum, and, when the ' +
    "strand's groups share no school, at least one more group, so that no withheld group's figure can be worked " +
    "out from the strand's by subtraction.",
  compassColumn: 'Group',
};

/** "2020/21 to 2022/23", "2020/21", or "ended 2022/23" appended for a group that has ended by the reporting year. */
export function yearsPhrase(from: string | undefined, to: string | undefined, ended: boolean): string {
  if (!from || !to) return 'no years';
  const span = from === to ? from : `${from} to ${to}`;
  return ended ? `${span} (ended)` : span;
}

/** The comparison word of a published gap: above, below or similar, only as its interval allows. */
export function gapWord(diff: number | null, low: number | null, high: number | null, withheld = false): string {
  if (withheld) return 'withheld (c)';
  const c = classifyComparison(diff, low, high);
  if (c === 'above') return 'above the other schools';
  if (c === 'below') return 'below the other schools';
  if (c === 'similar') return 'similar (the interval includes zero)';
  return 'not compared';
}

export interface StrandFacts {
  readonly name: string;
  readonly groups: readonly { readonly name: string }[];
  readonly years: string;
  readonly members: string;
  /** Null: the strand's activity logs do not record employer-led projects (not the same as none). */
  readonly projects: string | null;
  readonly placements: string;
  readonly participations: string;
  readonly employer: string;
  readonly sme: string;
  readonly smes: string;
  /** Null: the logs have no SME declaration column; the share is then not given either. */
  readonly declarations: string | null;
  readonly declarationShare: string;
}

/** The strand's opening sentence, every figure as published; what the logs do not record is said, not zeroed. */
export function strandSentence(f: StrandFacts): string {
  const n = f.groups.length;
  const projects = f.projects === null ? '' : `${f.projects} employer-led projects, `;
  const declarations =
    f.declarations === null
      ? ' took part'
      : ` took part and made ${f.declarations} declarations of benefit (${f.declarationShare} of activities with SMEs)`;
  const gaps = [
    ...(f.projects === null ? ['employer-led projects'] : []),
    ...(f.declarations === null ? ['SME declarations of benefit'] : []),
  ];
  return (
    `The ${f.name} strand had ${n} group${n === 1 ? '' : 's'} (${listNames(f.groups)}), which ran ${f.years} ` +
    `with ${f.members} member schools and colleges. Together they recorded ${projects}` +
    `${f.placements} work placements and ${f.participations} student participations, and ${f.employer} ` +
    `activities with employers, ${f.sme} of them with SMEs; ${f.smes} SMEs${declarations}.` +
    (gaps.length ? ` Their activity logs do not record ${gaps.join(' or ')}, so none are counted here.` : '')
  );
}

/** The programme summary's opening sentence. */
export function programmeSentence(strands: readonly { readonly name: string }[], members: string): string {
  return (
    `The programme had ${strands.length} strand${strands.length === 1 ? '' : 's'} (${listNames(strands)}), ` +
    `reaching ${members} schools and colleges in all, each counted once however many groups it belonged to.`
  );
}

/** The strand's destinations against the other schools of its local authorities, as the published interval allows. */
export function strandDestinationSentence(f: {
  readonly name: string;
  readonly cohort: string;
  readonly rate: string;
  readonly others: string;
  readonly gap: string;
  readonly low: string;
  readonly high: string;
  readonly word: string;
}): string {
  return (
    `In the KS4 cohort of ${f.cohort}, ${f.rate} of the pupils of the ${f.name} schools were in sustained ` +
    `education, apprenticeship or employment, against ${f.others} at the other schools of their local ` +
    `authorities: a difference of ${f.gap} (95% CI ${f.low} to ${f.high}), ${f.word}.`
  );
}

/** The sustained-legacy sentence from a survey question's favourable share. */
export function legacySentence(share: string, respondents: string): string {
  return `On sustained legacy, ${share} of ${respondents} answering said the work had continued or would continue.`;
}
