// A bare headless Chromium printing an HTML file to PDF, for `npm run bench` to set beside the report's PDF step:
// the same browser, flags and page options (A4, backgrounds, tagged, outline), no header or footer, one pass.
// Prints the wall time of launch, load, print and close as JSON.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [htmlFile, pdfFile] = process.argv.slice(2);
const start = performance.now();
const { launch } = await import('puppeteer-core');
const { CHROMIUM_ARGS } = await import('../dist/pdf/chromium-pdf-renderer.js');
const { findBrowser } = await import('../dist/pdf/find-browser.js');
const { existsSync } = await import('node:fs');
const executablePath = findBrowser({ env: process.env, platform: process.platform, exists: existsSync });
if (!executablePath) throw new Error('no Chromium found');
const profile = mkdtempSync(path.join(tmpdir(), 'hubs-eval-bare-print-'));
try {
  const browser = await launch({
    executablePath,
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: [...CHROMIUM_ARGS],
  });
  const page = await browser.newPage();
  await page.setContent(readFileSync(htmlFile, 'utf8'), { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
  writeFileSync(pdfFile, pdf);
  await browser.close();
} finally {
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify({ code: 0, ms: performance.now() - start })}\n`);
