/**
 * Canonical labels for the KS4 destination measures, so the same cell from two EES releases lines up.
 *
 * The releases disagree on spelling, not meaning (every pair below was seen in the real files listed in
 * data-real/SOURCES.md, 2020/21 to 2023/24 releases):
 *
 * | field | as written in some release | canonical (older `ks4_dm_ud` files) |
 * | --- | --- | --- |
 * | institution_group | Total state-funded mainstream and special | State-funded mainstream & special schools |
 * | institution_group | State-funded (inc. non-maint.) special | State-funded (inc. non-maintained) special schools |
 * | institution_type | Converter Academy / Sponsored Academy | Converter academy / Sponsored academy |
 * | breakdown_topic | Gender (2020/21, 2021/22 releases) | Sex (2022/23 release on) |
 * | breakdown_topic | Disadvantage Status and Gender | Disadvantage Status and Sex |
 * | breakdown_topic | (absent: characteristic_group / legacy table tool) | see {@link canonicalBreakdownTopic} |
 * | breakdown | Not Disadvantaged ... | Not disadvantaged ... |
 * | breakdown | Any Other Asian Background (etc.) | Any other Asian background (etc.) |
 * | breakdown | Black - African / White - British / White - Irish | Black African / White British / White Irish |
 * | breakdown | Gypsy / Roma | Gypsy Roma |
 * | breakdown | Profound & multiple learning difficulty | Profound and multiple learning difficulty |
 * | breakdown | Speech language and communications needs | Speech language and communication needs |
 * | breakdown | First language unclassified | First Language Unclassified |
 * | breakdown | First language (other than) English | First Language Known or believed to be (other than) English |
 *
 * Labels not in these tables are kept as written (trimmed, inner spaces collapsed). Differences that may be
 * differences of definition (e.g. "Prior Attainment KS2 High prior" vs "High prior" under a renamed topic)
 * are deliberately not merged.
 */

const tidy = (s: string): string => s.trim().replace(/\s+/g, ' ');
const key = (s: string): string => tidy(s).toLowerCase().replace(/&/g, 'and');

function lookup(table: Readonly<Record<string, string>>): (label: string) => string {
  const byKey = new Map(Object.entries(table).map(([variant, canonical]) => [key(variant), canonical]));
  return (label) => byKey.get(key(label)) ?? tidy(label);
}

export const INSTITUTION_GROUPS: Readonly<Record<string, string>> = {
  'State-funded mainstream schools': 'State-funded mainstream schools',
  'State-funded mainstream & special schools': 'State-funded mainstream & special schools',
  'Total state-funded mainstream and special': 'State-funded mainstream & special schools',
  'State-funded (inc. non-maintained) special schools': 'State-funded (inc. non-maintained) special schools',
  'State-funded (inc. non-maintained) special': 'State-funded (inc. non-maintained) special schools',
  'Alternative provision': 'Alternative provision',
  Total: 'Total',
};

export const INSTITUTION_TYPES: Readonly<Record<string, string>> = {
  'Converter academy': 'Converter academy',
  'Sponsored academy': 'Sponsored academy',
  Total: 'Total',
};

export const BREAKDOWN_TOPICS: Readonly<Record<string, string>> = {
  Total: 'Total',
  Gender: 'Sex',
  Sex: 'Sex',
  'Disadvantage Status': 'Disadvantage Status',
  'Disadvantage Status and Gender': 'Disadvantage Status and Sex',
  'Disadvantage Status and Sex': 'Disadvantage Status and Sex',
};

/** Phrase replacements inside breakdown labels; a phrase also fixes the crosses ("Not Disadvantaged Male"). */
export const BREAKDOWN_PHRASES: readonly (readonly [variant: string, canonical: string])[] = [
  ['Not Disadvantaged', 'Not disadvantaged'],
  ['Any Other Asian Background', 'Any other Asian background'],
  ['Any Other Black Background', 'Any other Black background'],
  ['Any Other Mixed Background', 'Any other mixed background'],
  ['Any Other White Background', 'Any other white background'],
  ['Any Other Ethnic Group', 'Any other ethnic group'],
  ['Black - African', 'Black African'],
  ['White - British', 'White British'],
  ['White - Irish', 'White Irish'],
  ['Gypsy / Roma', 'Gypsy Roma'],
  ['Profound & multiple learning difficulty', 'Profound and multiple learning difficulty'],
  ['Speech language and communications needs', 'Speech language and communication needs'],
  // The 2023/24 release shortens the census wording "known or believed to be" for cohorts from 2016/17.
  ['First language unclassified', 'First Language Unclassified'],
  ['First language English', 'First Language Known or believed to be English'],
  ['First language other than English', 'First Language Known or believed to be other than English'],
];

export const canonicalInstitutionGroup: (label: string) => string = lookup(INSTITUTION_GROUPS);
export const canonicalInstitutionType: (label: string) => string = lookup(INSTITUTION_TYPES);

const topicOf = lookup(BREAKDOWN_TOPICS);

/**
 * The breakdown topic. Files without a topic column (the legacy table-tool layout has only `characteristic`)
 * get one inferred from the breakdown for the labels the metrics use; other labels get an empty topic.
 */
export function canonicalBreakdownTopic(topic: string | undefined, breakdown: string): string {
  if (topic !== undefined && tidy(topic) !== '') return topicOf(topic);
  const b = canonicalBreakdown(breakdown);
  if (b === 'Total') return 'Total';
  if (b === 'Disadvantaged' || b === 'Not disadvantaged') return 'Disadvantage Status';
  return '';
}

const phrasePatterns = BREAKDOWN_PHRASES.map(([variant, canonical]) => {
  const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  // Case-sensitive on purpose: "Not Disadvantaged" is the variant, "Not disadvantaged" already canonical.
  return [new RegExp(`(?<![\\w])${escaped}(?![\\w])`, 'g'), canonical] as const;
});

export function canonicalBreakdown(label: string): string {
  let s = tidy(label);
  for (const [pattern, canonical] of phrasePatterns) s = s.replace(pattern, canonical);
  return s;
}
