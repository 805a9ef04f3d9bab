import { stringify } from 'yaml';
import { SCHEMA_FILE_NAME } from './json-schema.js';
import { LONDON_HUBS } from './london-hubs.js';

/** The commented starting config `hubs-eval init` writes: the London hubs, with input paths to fill in. */
export function starterConfigYaml(): string {
  const hubs = stringify({
    hubs: LONDON_HUBS.map((h) => ({
      id: h.id,
      name: h.name,
      lead: h.lead,
      ...(h.started ? { started: h.started } : {}),
      localAuthorities: h.localAuthorities.map((la) => ({ ...la })),
    })),
  });
  return `# yaml-language-server: $schema=./${SCHEMA_FILE_NAME}
# hubs-eval configuration. Paths are relative to this file; each input may be a path, a glob or a list.
# Every input kind is optional: the measures of the kinds you give are computed, the others reported absent.

report:
  title: London Careers Hubs Evaluation
  subtitle: Quantitative analysis of careers provision, participation and destinations
  authors: [Your Name]
  organisation: Your organisation
  date: February 2025          # printed on the cover; never taken from the clock
  # logo: logo.png             # optional image for the cover

inputs:
  institutions: institutions.csv        # register: urn,name,la_code,type,pupils,eligible,joined (or a GIAS extract)
  compass: compass/*.csv                # Compass exports: urn, completion date, Benchmark 1..8 scores
  destinations: destinations/*.csv      # DfE KS4 destination measures, as downloaded from explore-education-statistics
  neet: neet/*.csv                      # NCCIS 16-17 NEET and not known by LA, as published
  # activity logs: activity_id,date,urn,activity_type,students,teachers,employer_*,strand,benchmark
  activities: activities/*.csv

comparator:
  name: England
  code: E92000001

destinations:
  institutionGroup: State-funded mainstream schools   # DfE institution_group used for hub and national rates
  poolAroundSuppressed: false   # true: compute a hub rate from its other LAs when one LA cell is suppressed
  # cohorts: 2015/16-2020/21    # first and last KS4 cohorts to report (default: all with LA rows up to --year)

sdc:                # statistical disclosure control, applied to everything written unless --no-sdc
  threshold: 5      # counts of people below this are suppressed (c)
  rounding: 5       # published counts of people are rounded to the nearest 5
  minInstitutions: 3
  rateDecimals: 1   # published rates to 1 decimal place, so rounded counts cannot be recovered from them

activities:
  smeThreshold: 3   # SMEs with at least this many activities count as meeting the threshold
  labels:           # extra activity labels -> employer_encounter | workplace_experience | teacher_cpd | other
    "speed networking": employer_encounter

# narrative:        # optional Markdown files for the report
#   foreword: narrative/foreword.md
#   acknowledgements: narrative/acknowledgements.md
#   recommendations: narrative/recommendations.md

# The hubs and the local authorities each covers (old 3-digit DfE code, ONS code, name); started: the academic
# year the hub began work (KS4 cohorts before it measure the area, not the hub).
# These are the four London Careers Hubs; replace them for any other set of hubs in England.
${hubs}`;
}
