import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { ACCEPTED_YEAR_FORMS, parseAcademicYear } from '../config/year.js';
import { type ExitCode, UserError } from '../errors.js';
import { printableLines } from '../model/printable.js';
import { GIVEN_KINDS, type GivenKind } from '../model/records.js';
import { type AcademicYear, academicYearOfDate } from '../model/year.js';
import { msg } from './messages.js';
import type { Terminal } from './terminal.js';

export interface ProgramContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly terminal: (quiet: boolean) => Terminal;
  /** Today's academic year; read from the clock when not given (tests fix it). */
  readonly today?: AcademicYear;
  /** Set by the action that ran; the entry point exits with it. */
  exitCode: ExitCode;
}

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export function parseYear(text: string): AcademicYear {
  const y = parseAcademicYear(text);
  if (!y) throw new UserError(msg.badYear(text), msg.badYearHint(ACCEPTED_YEAR_FORMS));
  return y;
}

export function parseKind(text: string): GivenKind {
  if ((GIVEN_KINDS as readonly string[]).includes(text)) return text as GivenKind;
  throw new UserError(msg.badKind(text), msg.badKindHint(GIVEN_KINDS));
}

/** Commander wiring only: each action turns flags into one options object and calls a command. */
export function buildProgram(ctx: ProgramContext): Command {
  // The one read of the clock: input periods and dates may run to two years after this year (plausible-years).
  const today = ctx.today ?? academicYearOfDate(new Date().toISOString());
  const program = new Command('hubs-eval')
    .description(
      'Evaluate Careers Hubs: read Compass, DfE destinations, NCCIS NEET, activity logs and an institutions ' +
        'register; compute per-hub trends; render a report.',
    )
    .version(VERSION, '-V, --version')
    .option('--debug', 'show the stack trace of internal errors')
    .option('-q, --quiet', 'no progress output')
    .showHelpAfterError('(run with --help for usage)')
    // Commander quotes unknown options and arguments as typed: printed with control characters escaped. Set before
    // the subcommands are added, which copy it.
    .configureOutput({
      writeOut: (text) => process.stdout.write(printableLines(text)),
      writeErr: (text) => process.stderr.write(printableLines(text)),
    });

  program
    .command('validate')
    .description(
      'read every configured input (or the files given) and report layouts, counts, years, hubs, suppressed cells ' +
        'and every problem',
    )
    .argument(
      '[files...]',
      'files to check instead of the configured inputs; each kind is told from its header (survey exports too)',
    )
    .option('-c, --config <file>', 'config file (default: hubs-eval.config.{json,yaml,yml} in the current folder)')
    .addOption(new Option('-k, --kind <kind>', 'treat every file given as this kind').choices([...GIVEN_KINDS]))
    .option('--json', 'print the result as JSON')
    .option('--strict', 'personal data in evidence (e-mail addresses, phone numbers ...) is an error, not a warning')
    .addHelpText(
      'after',
      `
Examples:
  hubs-eval validate                         check every input in hubs-eval.config.json
  hubs-eval validate data/compass-2023.csv   check one file, detecting its kind
  hubs-eval validate --kind neet neet/*.csv  check files as NCCIS NEET files
  hubs-eval validate surveys/staff.csv       check a SurveyMonkey, Qualtrics or Forms export
  hubs-eval validate --json > checks.json

Exit codes: 0 no errors (warnings allowed), 1 errors found in the data, 2 usage or config error, 3 internal error.`,
    )
    .action(async (files: string[], opts: { config?: string; kind?: string; json?: boolean; strict?: boolean }) => {
      const { validateCommand } = await import('./commands/validate.js');
      ctx.exitCode = await validateCommand(
        {
          cwd: ctx.cwd,
          config: opts.config,
          files,
          kind: opts.kind ? parseKind(opts.kind) : undefined,
          today,
          json: opts.json === true,
          strict: opts.strict === true,
        },
        ctx.terminal(program.opts().quiet === true || opts.json === true),
      );
    });

  program
    .command('init')
    .description('write a commented starting config (hubs-eval.config.yaml) for your own data')
    .argument('[dir]', 'folder to write it in', '.')
    .option('-f, --force', 'overwrite an existing config')
    .addHelpText(
      'after',
      `
Examples:
  hubs-eval init            write ./hubs-eval.config.yaml
  hubs-eval init my-hubs    write my-hubs/hubs-eval.config.yaml`,
    )
    .action(async (dir: string, opts: { force?: boolean }) => {
      const { initCommand } = await import('./commands/init.js');
      ctx.exitCode = initCommand(
        { cwd: ctx.cwd, dir, force: opts.force === true },
        ctx.terminal(program.opts().quiet === true),
      );
    });

  program
    .command('measures')
    .description('list every measure metrics.csv can hold: id, unit, good direction, breakdowns, source and method')
    .option('--json', 'the catalogue as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { measuresCommand } = await import('./commands/measures.js');
      ctx.exitCode = measuresCommand({ json: opts.json === true }, ctx.terminal(program.opts().quiet === true));
    });

  program
    .command('metrics')
    .description('compute every per-hub measure and write metrics.csv and metrics.json')
    .requiredOption(
      '-y, --year <year>',
      'reporting year: the last academic year shown (2023/24, 2023-24, 202324 or 2023)',
    )
    .option('-c, --config <file>', 'config file (default: hubs-eval.config.{json,yaml,yml} in the current folder)')
    .option('-o, --out <dir>', 'output folder (default: reports/<year>, e.g. reports/2023-24)')
    .option('--format <list>', 'csv, json or csv,json', 'csv,json')
    .option('--no-sdc', 'no disclosure control (internal use only: every row is marked NOT FOR PUBLICATION)')
    .addHelpText(
      'after',
      `
Examples:
  hubs-eval metrics --year 2023/24
  hubs-eval metrics --year 2023-24 --format csv --out out/
  hubs-eval metrics --year 2023/24 --no-sdc      unsuppressed, for internal checking only`,
    )
    .action(async (opts: { year: string; config?: string; out?: string; format: string; sdc: boolean }) => {
      const { metricsCommand, parseMetricsFormats } = await import('./commands/metrics.js');
      ctx.exitCode = await metricsCommand(
        {
          cwd: ctx.cwd,
          config: opts.config,
          year: parseYear(opts.year),
          out: opts.out,
          formats: parseMetricsFormats(opts.format),
          sdc: opts.sdc,
          today,
          version: VERSION,
        },
        ctx.terminal(program.opts().quiet === true),
      );
    });

  program
    .command('report')
    .description('write the evaluation report (HTML and tagged PDF) with its plan, metrics and charts')
    .requiredOption(
      '-y, --year <year>',
      'reporting year: the last academic year shown (2023/24, 2023-24, 202324 or 2023)',
    )
    .option('-c, --config <file>', 'config file (default: hubs-eval.config.{json,yaml,yml} in the current folder)')
    .option('-o, --out <dir>', 'output folder (default: reports/<year>, e.g. reports/2023-24)')
    .option('--format <list>', 'any of html,pdf,docx (only pdf needs a browser)', 'html,pdf,docx')
    .option('--hub <id>', 'a report for one hub, by its id in the config')
    .option(
      '--browser <path>',
      'Chromium or Chrome to print the PDF with (default: CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, then the usual ' +
        'install paths)',
    )
    .option('--no-sdc', 'no disclosure control (internal use only: marked NOT FOR PUBLICATION)')
    .option('--strict', 'refuse to publish evidence that seems to hold personal data (exit 1), rather than warn')
    .addHelpText(
      'after',
      `
Writes report.html, report.pdf, report.docx, plan.json, metrics.csv, metrics.json, charts/, and the data
downloads tables/*.csv, tables.ods and open-data/ (the metrics in the DfE open-data layout) to the output folder.

Examples:
  hubs-eval report --year 2023/24
  hubs-eval report --year 2023/24 --format html            no browser needed
  hubs-eval report --year 2023/24 --hub west --out west/
  hubs-eval report --year 2023/24 --browser /usr/bin/chromium`,
    )
    .action(
      async (opts: {
        year: string;
        config?: string;
        out?: string;
        format: string;
        hub?: string;
        browser?: string;
        sdc: boolean;
        strict?: boolean;
      }) => {
        const { reportCommand, parseReportFormats } = await import('./commands/report.js');
        ctx.exitCode = await reportCommand(
          {
            cwd: ctx.cwd,
            env: ctx.env,
            config: opts.config,
            year: parseYear(opts.year),
            out: opts.out,
            formats: parseReportFormats(opts.format),
            hub: opts.hub,
            browser: opts.browser,
            sdc: opts.sdc,
            strict: opts.strict === true,
            today,
            version: VERSION,
          },
          ctx.terminal(program.opts().quiet === true),
        );
      },
    );

  program
    .command('charts')
    .description('write each chart of the report as SVG, PNG and its Vega-Lite spec (data inlined)')
    .requiredOption('-y, --year <year>', 'reporting year (2023/24, 2023-24, 202324 or 2023)')
    .option('-c, --config <file>', 'config file (default: hubs-eval.config.{json,yaml,yml} in the current folder)')
    .option('-o, --out <dir>', 'output folder (default: reports/<year>/charts)')
    .option('--chart <id>', 'only this chart (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--list', 'list the chart ids and titles, write nothing')
    .option('--format <list>', 'any of svg,png,vl', 'svg,png,vl')
    .option('--hub <id>', 'the charts of the report for one hub')
    .option('--no-sdc', 'no disclosure control (internal use only)')
    .addHelpText(
      'after',
      `
Examples:
  hubs-eval charts --year 2023/24
  hubs-eval charts --year 2023/24 --list
  hubs-eval charts --year 2023/24 --chart eet-trend --format vl`,
    )
    .action(
      async (opts: {
        year: string;
        config?: string;
        out?: string;
        chart: string[];
        list?: boolean;
        format: string;
        hub?: string;
        sdc: boolean;
      }) => {
        const { chartsCommand, parseChartFormats } = await import('./commands/charts.js');
        ctx.exitCode = await chartsCommand(
          {
            cwd: ctx.cwd,
            config: opts.config,
            year: parseYear(opts.year),
            out: opts.out,
            charts: opts.chart,
            list: opts.list === true,
            formats: parseChartFormats(opts.format),
            hub: opts.hub,
            sdc: opts.sdc,
            today,
            version: VERSION,
          },
          ctx.terminal(program.opts().quiet === true),
        );
      },
    );

  program
    .command('snapshot')
    .description('write an annual snapshot: metrics table, report plan and a manifest of SHA-256s, for diff and CI')
    .requiredOption('-y, --year <year>', 'reporting year (2023/24, 2023-24, 202324 or 2023)')
    .option('-c, --config <file>', 'config file (default: hubs-eval.config.{json,yaml,yml} in the current folder)')
    .option('-o, --out <dir>', 'output folder (default: snapshots/<year>, e.g. snapshots/2023-24)')
    .option('--no-sdc', 'no disclosure control (internal use only: every row is marked NOT FOR PUBLICATION)')
    .addHelpText(
      'after',
      `
Writes metrics.csv, metrics.json, plan.json and manifest.json (tool version, config hash, SHA-256 of every
input and output; no dates), so the same inputs always give the same bytes.

Examples:
  hubs-eval snapshot --year 2023/24
  hubs-eval snapshot --year 2023/24 --out snapshots/2023-24/`,
    )
    .action(async (opts: { year: string; config?: string; out?: string; sdc: boolean }) => {
      const { snapshotCommand } = await import('./commands/snapshot.js');
      ctx.exitCode = await snapshotCommand(
        {
          cwd: ctx.cwd,
          config: opts.config,
          year: parseYear(opts.year),
          out: opts.out,
          sdc: opts.sdc,
          today,
          version: VERSION,
        },
        ctx.terminal(program.opts().quiet === true),
      );
    });

  program
    .command('diff')
    .description('compare two snapshots (or two metrics files): what was added, removed, changed or suppressed')
    .argument('<before>', 'snapshot folder, metrics.json or metrics.csv')
    .argument('<after>', 'snapshot folder, metrics.json or metrics.csv')
    .option('-t, --tolerance <number>', 'ignore changes up to this size, in the unit of each row', '0')
    .option('--json', 'print the differences as JSON')
    .addHelpText(
      'after',
      `
Compares measures added or removed, rows added or removed, values changed beyond the tolerance, symbols changed
(a value newly suppressed) and inputs changed (SHA-256 in the manifests, e.g. a revised DfE release).

Examples:
  hubs-eval diff snapshots/2023-24 new-snapshot/
  hubs-eval diff old/metrics.json new/metrics.json --tolerance 0.05
  hubs-eval diff snapshots/2023-24 new-snapshot/ --json > diff.json

Exit codes: 0 no differences beyond the tolerance, 1 differences found, 2 usage error (e.g. a folder with no
metrics table).`,
    )
    .action(async (before: string, after: string, opts: { tolerance: string; json?: boolean }) => {
      const { diffCommand, parseTolerance } = await import('./commands/diff.js');
      ctx.exitCode = diffCommand(
        { cwd: ctx.cwd, before, after, tolerance: parseTolerance(opts.tolerance), json: opts.json === true },
        ctx.terminal(program.opts().quiet === true || opts.json === true),
      );
    });

  return program;
}
