import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXIT, type ExitCode, UserError } from '../../errors.js';
import { printableJson } from '../../model/printable.js';
import type { AcademicYear } from '../../model/year.js';
import type { PrintJob } from '../../pdf/print-report.js';
import { reportChecks } from '../../pipeline/report-checks.js';
import { computeRun, resolveRun, runPlan } from '../../pipeline/run.js';
import { planForJson } from '../../plan/plan-json.js';
import { chartFiles, planCharts } from '../../render/chart-export.js';
import { renderChartSvgs } from '../../render/chart-images.js';
import { renderHtml } from '../../render/html-renderer.js';
import { msg } from '../messages.js';
import { checkOutDir, defaultOutDir, removeStaleOutputs, writeFilesAtomically } from '../output-files.js';
import { dataDownloadFiles, docxFile } from '../publication-files.js';
import { readingProgress, type Terminal } from '../terminal.js';
import { metricsFiles } from './metrics.js';

export type ReportFormat = 'html' | 'pdf' | 'docx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'docx'];

export interface ReportOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly config: string | undefined;
  readonly year: AcademicYear;
  readonly out: string | undefined;
  readonly formats: readonly ReportFormat[];
  readonly hub: string | undefined;
  readonly browser: string | undefined;
  readonly sdc: boolean;
  /** Personal data in evidence stops the report (exit 1) instead of a warning. */
  readonly strict?: boolean;
  readonly version: string;
  /** Today's academic year, from the clock (see PipelineOptions.today). */
  readonly today?: AcademicYear;
}

export function parseReportFormats(text: string): ReportFormat[] {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !(REPORT_FORMATS as readonly string[]).includes(p)))
    throw new UserError(msg.badFormat(text), msg.badFormatHint([...REPORT_FORMATS]));
  return [...new Set(parts)] as ReportFormat[];
}

/**
 *   inputs ─ metrics ─ plan ─┬─ report.html (plan + chart SVGs)
 *                            ├─ report.pdf  (the same HTML with data tables open, printed by Chromium)
 *                            ├─ report.docx (the plan as Word, charts as SVG + PNG)
 *                            └─ plan.json, metrics.csv/json, charts/, tables/, tables.ods, open-data/
 */
export async function reportCommand(options: ReportOptions, term: Terminal): Promise<ExitCode> {
  const outDir = options.out ? path.resolve(options.cwd, options.out) : defaultOutDir(options.cwd, options.year);
  checkOutDir(outDir);
  const resolved = resolveRun(options);
  const browser = options.formats.includes('pdf') ? await locateBrowser(options) : undefined;
  const result = await computeRun(resolved, options, readingProgress(term, options.cwd));
  // The check before publication: evidence that seems to hold personal data is named on stderr (--strict stopped).
  const personal = result.warnings.filter((w) => w.code === 'personal-data');
  if (personal.length) {
    term.progress('');
    term.err(msg.personalDataWarning(personal.length));
    for (const p of personal) term.err(msg.problem(p, (f) => f));
  }
  term.progress('building the report plan');
  const plan = runPlan(result, options);
  term.progress('rendering charts');
  const svgs = await renderChartSvgs(plan);
  const files = new Map<string, string | Uint8Array>([
    ['plan.json', `${printableJson(planForJson(plan))}\n`],
    ...metricsFiles(result, { year: options.year, formats: ['csv', 'json'], version: options.version }),
    // SVG and Vega-Lite beside the report; PNG (slower to rasterise) comes from `hubs-eval charts`.
    ...[...(await chartFiles(planCharts(plan), ['svg', 'vl'], svgs))].map(
      ([name, data]) => [`charts/${name}`, data] as const,
    ),
  ]);
  const date = (await import('../../pdf/pdf-dates.js')).reportPdfDate(
    options.env.SOURCE_DATE_EPOCH,
    plan.meta.date,
    plan.meta.year,
  );
  for (const [name, data] of dataDownloadFiles(plan, result, date)) files.set(name, data);
  // The evaluator's checks (consent, files, layouts, digests) go beside the report, never into it.
  files.set('report-checks.md', reportChecks(result, options.year));
  if (options.formats.includes('html')) {
    const narrow = await renderChartSvgs(plan, 'narrow');
    files.set('report.html', renderHtml(plan, svgs, { print: false, narrow }));
  }
  if (options.formats.includes('docx')) files.set('report.docx', await docxFile(plan, svgs, date));
  if (browser) {
    term.progress('printing the PDF');
    const blocked: string[] = [];
    const headerTitle = plan.meta.sdcApplied
      ? plan.meta.title
      : `NOT FOR PUBLICATION (no disclosure control): ${plan.meta.title}`;
    const pdf = await printPdf(browser, {
      html: (pages) => renderHtml(plan, svgs, { print: true, pages }),
      date,
      headerTitle,
      onBlockedRequest: (url) => blocked.push(url),
    });
    // PDF/UA-1: XMP metadata, a RoleMap and standard tags where Chromium leaves NonStruct (src/pdf/pdf-ua.ts).
    files.set(
      'report.pdf',
      await (await import('../../pdf/pdf-ua.js')).toPdfUa(pdf, plan.meta, date, [
        plan.meta.title,
        ...plan.sections.map((s) => (s.number ? `${s.number}. ${s.title}` : s.title)),
      ]),
    );
    if (blocked.length) term.err(msg.blockedRequests(blocked));
  }
  term.progress('');
  const written = writeFilesAtomically(outDir, files);
  // A report.pdf (or report.html) from an earlier run with another --format would sit beside this run's files.
  const removed = removeStaleOutputs(outDir, REPORT_DOCUMENTS, files);
  if (removed.length) term.err(msg.removedStale(removed.map((f) => path.relative(options.cwd, f) || f)));
  term.out(
    msg.reportWritten(
      path.relative(options.cwd, outDir) || '.',
      written.filter((f) => !/[\\/](charts|tables|open-data)[\\/]/.test(f)).map((f) => path.basename(f)),
      written.length,
    ),
  );
  return EXIT.ok;
}

/** The documents only `report` writes, by format; the other files are written on every run. */
const REPORT_DOCUMENTS = ['report.html', 'report.pdf', 'report.docx'] as const;

/**
 * Prints the report (twice, for the contents' page numbers, in one browser); a browser that will not start is the
 * user's to fix.
 */
async function printPdf(
  browser: string,
  job: {
    html: PrintJob['html'];
    date: Date;
    headerTitle: string;
    onBlockedRequest: (url: string) => void;
  },
): Promise<Uint8Array> {
  const { ChromiumPdfRenderer } = await import('../../pdf/chromium-pdf-renderer.js');
  const { printReport } = await import('../../pdf/print-report.js');
  const { BrowserLaunchError } = await import('../../pdf/pdf-renderer.js');
  try {
    const renderer = new ChromiumPdfRenderer({ executablePath: browser });
    // One browser for every pass: each pass prints from a new page, without a second launch.
    return await renderer.session(() =>
      printReport(
        renderer,
        { html: job.html, date: job.date },
        { headerTitle: job.headerTitle, onBlockedRequest: job.onBlockedRequest },
      ),
    );
  } catch (e) {
    if (e instanceof BrowserLaunchError)
      throw new UserError(msg.browserLaunch(browser, e.reason), msg.browserLaunchHint());
    throw e;
  }
}

async function locateBrowser(options: ReportOptions): Promise<string> {
  const { findBrowser, browserCandidates } = await import('../../pdf/find-browser.js');
  const search = { explicit: options.browser, env: options.env, platform: process.platform };
  const found = findBrowser({ ...search, exists: existsSync });
  if (!found) throw new UserError(msg.noBrowser(browserCandidates(search)), msg.noBrowserHint(), EXIT.usage);
  const { probeBrowser } = await import('../../pdf/chromium-pdf-renderer.js');
  const { BrowserLaunchError } = await import('../../pdf/pdf-renderer.js');
  try {
    await probeBrowser(found);
  } catch (e) {
    if (e instanceof BrowserLaunchError)
      throw new UserError(msg.browserLaunch(found, e.reason), msg.browserLaunchHint());
    throw e;
  }
  return found;
}
