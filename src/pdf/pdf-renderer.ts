/** Turns a finished, self-contained HTML report into a PDF. The Chromium adapter is the real one; tests use fakes. */
export interface PdfRenderer {
  render(html: string, options: PdfOptions): Promise<Uint8Array>;
}

export interface PdfOptions {
  /** Running header text on every page, e.g. the report title. */
  readonly headerTitle: string;
  /**
   * Told of each request the page tried to make and was refused: a report must carry everything it shows,
   * so a blocked URL means a missing image or font the caller should hear about.
   */
  readonly onBlockedRequest?: (url: string) => void;
}

/**
 * The browser could not be started at all (not a browser, not executable, crashed at start): the user's
 * choice of executable or machine setup, not a bug. The CLI turns it into an exit-2 message with a hint.
 */
export class BrowserLaunchError extends Error {
  constructor(
    readonly executablePath: string,
    readonly reason: string,
  ) {
    super(`could not start the browser at ${executablePath}: ${reason}`);
    this.name = 'BrowserLaunchError';
  }
}
