import { NOT_SUSTAINED_SHARE, PLANTED_EFFECT, plantedSelection } from './school-destinations-model.js';

/** data-samples/README.md, written with the files so it always names the seed that made them. */
export function samplesReadme(seed: number): string {
  return (
    `# data-samples: SYNTHETIC data

**Everything in this folder is made up.** No row describes a real school, college, employer, pupil or
local-authority figure. The institution names, URNs, employer names, Compass scores, destination counts,
NEET rates and activity logs were produced by a seeded random generator. Do not quote them as statistics.

## How it was made

\`\`\`
npm run samples            # = tsx scripts/generate-samples.ts (seed ${seed}, scale 1)
\`\`\`

The generator (\`scripts/generate-samples.ts\` and \`scripts/samples/\`) uses a mulberry32 PRNG with a fixed
seed and no clock, so the same seed always gives the same bytes. \`--seed N\`, \`--scale X\` and \`--out DIR\` make
other sets elsewhere (\`--scale 0.1 --out /tmp/small-samples\` is a small one). The numbers are tuned to look like ` +
    `the headline findings of the dmh associates
evaluation of the London Careers Hubs (GLA, February 2025): Compass completions rising from about 311 to 664
and benchmarks achieved from about 2.6 to 5.3 (2019/20-2023/24); about 91% of eligible institutions hub
members by 2023/24; hub sustained-EET rates improving by 0.2-1.4 percentage points while the national rate
stays near 94%. The tuning targets are in \`scripts/samples/evaluation-targets.ts\`.

The London LAs, their codes and their hubs come from \`src/config/london-hubs.ts\`. LA sizes are rough
orders of magnitude only.

## Files

All CSV: UTF-8 without BOM, LF line endings, numbers written plainly.

| file | layout |
|---|---|
| \`institutions.csv\` | register: \`urn,name,la_code,type,pupils,eligible,joined,cluster\`. About 750 ` +
    `institutions in the 33 London LAs. la_code is mostly E09, about 10% old 3-digit codes. joined is an academic ` +
    `year (\`2019/20\`), empty if not a hub member. cluster is the Careers Clusters the institution was in (ids ` +
    `separated by \`;\`, empty for none). Includes names with apostrophes, commas, \`é\` and an HTML tag, to ` +
    `test escaping. |
| \`compass/compass-YYYY-YY.csv\` | one file per academic year 2019/20-2023/24: \`urn,completion_date,Benchmark 1 ` +
    `(%)...Benchmark 8 (%)\`. Dates are dd/mm/yyyy. About 2% of institutions submit twice in a year, and the later ` +
    `return supersedes the earlier. |
| \`destinations/synthetic_ks4_destinations_la.csv\` | the EES KS4 destination measures LA layout (every field ` +
    `quoted). London region and 33 LAs; cohorts 2014/15-2021/22 (time_period = destination year 201516-202223); ` +
    `mainstream and mainstream & special; Total and Disadvantage Status; counts and percentages. \`c\` = a count of ` +
    `1-2 in an LA, \`low\` = positive but under 0.05%, \`z\` = a column the 2014/15 cohort lacks. |
| \`destinations/synthetic_ks4_destinations_national.csv\` | the same measures for England, in the layout of the ` +
    `real national file (\`ks4_dm_ud_*_nat_*.csv\`); named so it is never mistaken for the real one. |
| \`neet/synthetic_nccis_neet_YYYY.csv\` | the NCCIS 16-17 NEET and not-known layout (header of the real 2024 ` +
    `file), 2020-2024. Rows for England, London and 32 LAs (no City of London, as in the real files). |
| \`activities/activities-YYYY-YY.csv\` | hub activity logs 2021/22-2023/24, about 40,000 rows: ` +
    `\`activity_id,date,urn,activity_type,students,teachers,employer_id,employer_name,employer_size,strand,` +
    `benchmark\`. Strand 2 appears only from January 2022 to August 2023, most of it in the West hub and with SMEs. |
| \`activities/clusters-YYYY-YY.csv\` | the Careers Clusters' own activity logs 2020/21-2022/23: the hub ` +
    `log's columns with \`strand\` left out and two more, \`cluster\` (the id of the cluster that delivered the ` +
    `activity: it counts for that cluster alone, never for the area hub of the school) and \`sme_declaration\` ` +
    `(\`yes\` where the SME declared a benefit). activity_type includes employer-led projects and work experience ` +
    `(placements). |
| \`surveys/synthetic_cluster_legacy_survey_msforms.csv\` | a follow-up survey of the clusters' schools and ` +
    `colleges in October 2023 (Microsoft Forms CSV): Q1, whether the work has continued, is the strand's sustained ` +
    `legacy. The other survey exports are described in \`surveys/README.md\`. |
| \`destinations/synthetic_ees_ks4_inst_YYYYYY.csv\` | KS4 destinations by school in the EES school layout ` +
    `(\`geographic_level\` School, \`time_period\` = the KS4 cohort year), one file per cohort ` +
    `2015/16-2022/23: every ` +
    `eligible mainstream school of the register, Total and disadvantage status, counts only. \`c\` = a count of 1-2. |

${clustersSection()}
${plantedTruth()}
`
  );
}

/** How the Careers Clusters are written and how the repository config reads them. */
function clustersSection(): string {
  return (
    `## Careers Clusters: groups defined by their members\n\n` +
    `Ten synthetic Careers Clusters ran from 2020/21 to 2022/23 (\`scripts/samples/clusters.ts\`): three sector ` +
    `clusters (hospitality, construction, digital and creative) recruiting schools and colleges across London, one ` +
    `of FE colleges, sixth-form colleges and special schools, and six of mainstream schools across two or three ` +
    `boroughs (one, Ealing and Hounslow, of only two schools, so its figures are withheld by the few-institutions ` +
    `rule). In this seed no school happens to be in two clusters (the generator allows it); 80 of the 91 are ` +
    `also members of their area hub.\n\n` +
    `The repository config (\`hubs-eval.config.json\`) defines each cluster under \`groups[]\` with ` +
    `\`membersFrom: { "column": "cluster", "value": "<id>" }\` (the register column above), \`kind\`, \`lead\`, ` +
    `\`started\` 2020/21 and \`ended\` 2022/23, and two \`strands[]\`: "Careers Hubs" (the four area hubs) ` +
    `and "Careers Clusters" (the ten clusters, with \`legacy: "clusters.Q1"\`, the legacy survey's first ` +
    `question). A group can instead list its members' URNs under \`members\`. The report then has a programme ` +
    `summary and a part per strand: outputs, members' Compass results, and each group's schools' sustained ` +
    `destinations against the other eligible schools of their local authorities (read from the school-level ` +
    `destination files above).\n`
  );
}

/** The planted effect and selection of the school-level files (scripts/samples/school-destinations-model.ts). */
function plantedTruth(): string {
  const e = PLANTED_EFFECT;
  return (
    `## Planted truth of the school-level destinations\n\n` +
    `Each school's rates are base + school level + selection + common trend + effect after joining, with binomial ` +
    `noise from its cohort size (a fifth of its pupils). The **planted effect of joining**, from the first cohort at ` +
    `or after the join year, the same for every join year and for disadvantaged and other pupils: sustained ` +
    `education, apprenticeship or employment **+${e.overall}** percentage points, apprenticeships **+${e.appren}**, ` +
    `not sustained **${e.all_notsust}**. **Planted selection**: a school joining in year g starts ` +
    `${plantedSelection(2016)} points higher (sustained destinations; not sustained ${NOT_SUSTAINED_SHARE} of it ` +
    `lower, apprenticeships a fifth of it higher) if g = 2016/17, falling by 0.5 a year to 0 for 2022/23 and ` +
    `never-joined schools, so a naive members-against-others comparison overstates the effect in every measure. ` +
    `Trends are parallel (the same for every school), each school's noise is its own (no ` +
    `shock shared by an LA), and there is no link between Compass benchmarks and destinations (the dose-response ` +
    `slope is 0).\n`
  );
}
