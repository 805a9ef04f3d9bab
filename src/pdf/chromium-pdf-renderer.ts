import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'puppeteer-core';
import { BrowserProfile, type Signals } from './browser-profile.js';
import { BrowserLaunchError, type PdfOptions, type PdfRenderer } from './pdf-renderer.js';

export interface ChromiumOptions {
  /** From findBrowser(). */
  readonly executablePath: string;
  /** Limit for each step (launch, load, print); a hung browser fails instead of hanging the command. */
  readonly timeoutMs?: number;
  /** Where the throwaway browser profile goes; default the OS temporary directory. */
  readonly tempRoot?: string;
  /** The process's signals (default): an interrupted print removes its profile before the command ends. */
  readonly signals?: Signals;
}

/**
 * `--headless=new` is the full browser without a window (same layout engine as on screen). No sandbox,
 * GPU or /dev/shm because CI containers often lack them; the rest stop the browser phoning home.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

const MARGIN = { top: '20mm', bottom: '18mm', left: '18mm', right: '18mm' };

/** Prints HTML to an A4, tagged PDF with bookmarks from the headings, using a local Chromium via puppeteer-core. */
export class ChromiumPdfRenderer implements PdfRenderer {
  private shared: Browser | undefined;

  constructor(private readonly options: ChromiumOptions) {}

  /**
   * Runs `work` with one browser for every render inside it (the contents page's passes print the same report
   * again), started on the first render and closed when `work` ends; each render still prints from a new page.
   */
  async session<T>(work: () => Promise<T>): Promise<T> {
    if (this.shared) return work();
    const profile = await BrowserProfile.create(this.options.tempRoot ?? tmpdir(), this.options.signals);
    let launched: Promise<Browser> | undefined;
    const previous = this.browser;
    this.browser = () => {
      launched ??= launchBrowser(this.options.executablePath, profile.dir, this.timeout()).then((browser) => {
        const child = browser.process();
        profile.onInterrupt(() => killBrowser(child));
        this.shared = browser;
        return browser;
      });
      return launched;
    };
    try {
      return await work();
    } finally {
      this.browser = previous;
      const browser = this.shared;
      this.shared = undefined;
      if (browser) await closeBrowser(browser);
      profile.remove();
    }
  }

  async render(html: string, options: PdfOptions): Promise<Uint8Array> {
    const shared = this.browser();
    if (shared) return printPage(await shared, html, options, this.timeout());
    return this.session(() => this.render(html, options));
  }

  /** The session's browser, or undefined outside a session. */
  private browser: () => Promise<Browser> | undefined = () => undefined;

  private timeout(): number {
    return this.options.timeoutMs ?? 60_000;
  }
}

/**
 * Kills the browser and every process it started, and waits until it has gone. puppeteer starts Chromium as the
 * leader of its own process group (on POSIX), so the group is signalled, as puppeteer does when it kills it.
 */
async function killBrowser(child: ChildProcess | null): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    setTimeout(resolve, 5_000).unref();
  });
  try {
    process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  await gone;
}

/**
 * Asks the executable for its version, a fraction of a second for a real browser, so a wrong --browser (not
 * executable, or a program that fails) is reported before minutes of computing rather than after. A program that
 * answers --version but is no browser still fails later, at launch, with the same error.
 */
export async function probeBrowser(executablePath: string, timeoutMs = 20_000): Promise<void> {
  const { execFile } = await import('node:child_process');
  await new Promise<void>((resolve, reject) => {
    execFile(executablePath, ['--version'], { timeout: timeoutMs, windowsHide: true }, (error) => {
      if (!error) return resolve();
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'EACCES'
          ? 'it is not executable'
          : code === 'ENOENT'
            ? 'no such file'
            : error.killed
              ? `it did not answer --version within ${timeoutMs} ms`
              : `it failed when asked for its version (exit code ${typeof code === 'number' ? code : 'unknown'})`;
      reject(new BrowserLaunchError(executablePath, reason));
    });
  });
}

/**
 * Launches Chromium; a failure to start becomes a BrowserLaunchError. A non-browser that exits at once surfaces
 * in puppeteer as "Failed to launch the browser process" or, over the pipe, as a protocol error such as
 * "Target.setDiscoverTargets: Target closed": both mean the executable never became a working browser.
 */
async function launchBrowser(executablePath: string, profile: string, timeout: number): Promise<Browser> {
  const { launch } = await import('puppeteer-core');
  try {
    return await launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      userDataDir: profile,
      pipe: true,
      timeout,
      // BrowserProfile handles these: puppeteer's own handlers end the process before the profile is removed.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const reason = /timed out/i.test(text)
      ? `it did not answer within ${timeout} ms`
      : /Failed to launch|Target closed|Protocol error|ENOENT|EACCES|spawn/i.test(text)
        ? 'it exited or failed before it could be used as a browser'
        : (text.split('\n', 1)[0] ?? text);
    throw new BrowserLaunchError(executablePath, reason);
  }
}

async function printPage(browser: Browser, html: string, options: PdfOptions, timeout: number): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    return await printOn(page, html, options, timeout);
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function printOn(page: Page, html: string, options: PdfOptions, timeout: number): Promise<Uint8Array> {
  page.setDefaultTimeout(timeout);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (isAllowedUrl(url)) {
      void request.continue();
    } else {
      options.onBlockedRequest?.(url);
      void request.abort('blockedbyclient');
    }
  });
  // puppeteer's own timeout does not cover a page whose script never yields, so each step has a deadline too.
  await deadline(page.setContent(html, { waitUntil: 'load', timeout }), timeout, 'loading the report');
  const pdf = page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options.headerTitle),
    footerTemplate: FOOTER_TEMPLATE,
    margin: MARGIN,
    // Tagged for screen readers (PDF/UA structure from the HTML); outline = bookmarks from h1-h6.
    tagged: true,
    outline: true,
    timeout,
  });
  return deadline(pdf, timeout, 'printing the PDF');
}

/** Rejects after `ms`; the abandoned step's own later failure (when the browser is closed) is swallowed. */
async function deadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  work.catch(() => undefined);
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Chromium timed out ${what} (${ms} ms)`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Only the page itself may load: `about:` (setContent's blank page) and `data:` (inlined images and
 * fonts). Everything else, including file:// and http(s), is refused so the PDF depends on nothing
 * outside the HTML and printing never waits on the network.
 */
export function isAllowedUrl(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('about:');
}

/** Close politely; if the browser does not answer in time, kill it so no process outlives the command. */
async function closeBrowser(browser: Browser): Promise<void> {
  try {
    await deadline(browser.close(), 10_000, 'closing');
  } catch {
    browser.process()?.kill('SIGKILL');
  }
}

const TEMPLATE_STYLE =
  "font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 8pt; color: #505A5F; width: 100%;";

export function headerTemplate(title: string): string {
  return `<div style="${TEMPLATE_STYLE} margin: 0 ${MARGIN.left};">${escapeHtml(title)}</div>`;
}

/** Chromium fills the pageNumber and totalPages spans at print time. */
export const FOOTER_TEMPLATE =
  `<div style="${TEMPLATE_STYLE} margin: 0 ${MARGIN.left}; text-align: right;">Page ` +
  `<span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
