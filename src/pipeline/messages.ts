/**
 * What the run pipeline says when it stops on a user's mistake: a --year or --hub it cannot serve, a file of no
 * known kind. The CLI's message catalogue (cli/messages.ts) includes these, so the words still live in one place.
 */
export const runMsg = {
  yearOutsideData: (year: string, spans: readonly { kind: string; first: string; last: string }[]) =>
    `no input has data for ${year}: ` +
    spans
      .map(
        (s) =>
          `${s.kind}${s.kind === 'destinations' ? ' (KS4 cohorts)' : ''} ` +
          `${s.first}${s.last !== s.first ? ` to ${s.last}` : ''}`,
      )
      .join('; '),
  yearHint: () =>
    'Give a --year within the years an input covers; destinations serve reports up to two years after their last ' +
    'KS4 cohort.',
  cohortsOutsideData: (from: string, to: string, dest: { first: string; last: string }) =>
    `destinations.cohorts ${from} to ${to} has no KS4 cohort in the destination files, which cover ` +
    `${dest.first}${dest.last !== dest.first ? ` to ${dest.last}` : ''}`,
  cohortsHint: () => 'Set destinations.cohorts within those cohorts, or remove it to report every cohort.',
  noConfigFound: (dir: string, names: readonly string[]) =>
    `No config file was found: looked in ${dir} for ${names.join(', ')}, and no input files were given.`,
  noConfigFoundHint: () =>
    'Run `hubs-eval init` to write a config in this folder, pass --config, or give files (hubs-eval validate ' +
    'data.csv).',
  institutionGroupNotFound: (group: string, groups: readonly string[]) =>
    `destinations.institutionGroup "${group}" matches no row of the destination files, which have: ` +
    `${groups.map((g) => `"${g}"`).join(', ')}.`,
  institutionGroupHint: () =>
    'Set destinations.institutionGroup to one of those groups, or remove it to use "State-funded mainstream schools".',
  unknownHub: (id: string) => `unknown hub "${id}"`,
  unknownHubHint: (ids: readonly string[]) => `Use one of the hub ids in the config: ${ids.join(', ')}.`,
  unknownFileKind: (files: readonly string[]) =>
    `Could not tell what kind of input ${files.length === 1 ? 'this file is' : 'these files are'}: ${files.join(', ')}`,
  unknownFileKindHint: (kinds: readonly string[]) =>
    `Give the kind with --kind ${kinds.join('|')}, or check the header row (a survey export keeps the header rows ` +
    'SurveyMonkey, Qualtrics or Forms wrote).',
  groupMembersNotInRegister: (problems: number) =>
    `The config's groups name ${problems === 1 ? 'a member' : `${problems} members`} the institutions register ` +
    'does not have.',
  groupMembersHint: () =>
    'Add the institutions to the register, correct the URNs under groups[].members, or the value of ' +
    'groups[].membersFrom (compared with the register column without regard to case).',
  groupUrnNotInRegister: (key: string, urn: string, registers: readonly string[]) =>
    `${key}: URN ${urn} is not in the institutions register (${registers.join(', ')})`,
  groupValueNotInRegister: (key: string, value: string, column: string) =>
    `${key}: no institution in the register has "${value}" in its ${column} column`,
  groupsWithoutRegister: () =>
    'The config defines groups by their members, but no institutions register is configured to find them in.',
  groupsWithoutRegisterHint: () =>
    'Add inputs.institutions (the register, with a cluster column for groups defined by membersFrom).',
};

/** The words of report-checks.md, the evaluator's list of checks before publication written beside the report. */
export const checksMsg = {
  title: () => '# Checks before publication',
  intro: (year: string) =>
    `Written beside the report for ${year}. Nothing here is in the report: these are for whoever publishes it. ` +
    'The same warnings are printed by `hubs-eval validate`.',
  warningsHeading: () => '## Warnings raised when the inputs were read',
  noWarnings: () => 'No warnings were raised when the inputs were read.',
  withheldHeading: () => '## Quotes flagged in the coding but not published (no consent recorded)',
  withheld: (file: string, theme: string, line: number) => `- ${file}, line ${line}: a quote for "${theme}"`,
  inputsHeading: () => '## Input files, layouts and SHA-256 digests',
  inputsHeader: () => '| File | Kind | Layout | Rows used | SHA-256 |\n| --- | --- | --- | --- | --- |',
  otherHeading: () => '## Other files the report depends on',
  otherHeader: () => '| File | Kind | SHA-256 |\n| --- | --- | --- |',
};
