import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPdfRenderer } from '../../src/pdf/chromium-pdf-renderer.js';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { skipWithoutTools } from '../browser-requirements.js';

const browser = findBrowser({ env: process.env, platform: process.platform, exists: existsSync });
const hasPoppler = (() => {
  try {
    for (const tool of ['pdfinfo', 'pdftotext', 'pdftohtml']) execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// Skipped locally with a message when missing; in CI (CI=true) a missing tool fails the run instead.
const skipPrint = skipWithoutTools('chromium-pdf-renderer tests', {
  'Chromium/Chrome (set CHROME_PATH)': browser !== undefined,
  'poppler-utils (pdfinfo, pdftotext, pdftohtml)': hasPoppler,
});
const skipFailure = skipWithoutTools('chromium-pdf-renderer failure tests', {
  'Chromium/Chrome (set CHROME_PATH)': browser !== undefined,
});

const HTML = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Careers Hubs test report</title>
<style>body { font-family: 'Liberation Sans', Arial, sans-serif; } .break { break-before: page; }</style></head>
<body>
<h1>Careers Hubs evaluation</h1>
<p>Opening paragraph.</p>
<h2>Destinations after key stage 4</h2>
<h3>Sustained education or employment</h3>
<table><caption>Pupils by hub</caption>
<thead><tr><th scope="col">Hub</th><th scope="col">Pupils</th></tr></thead>
<tbody><tr><td>Central</td><td>1,234</td></tr><tr><td>East</td><td>2,345</td></tr></tbody></table>
<img src="https://example.com/x.png" alt="An image that must not load">
<h2 class="break">Young people not in education, employment or training</h2>
<p>Second page.</p>
</body></html>`;

describe.skipIf(skipPrint)('ChromiumPdfRenderer (real Chromium, poppler checks)', () => {
  let dir: string;
  let pdfPath: string;
  let blocked: string[];
  let elapsedMs: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hubs-eval-pdf-test-'));
    blocked = [];
    const renderer = new ChromiumPdfRenderer({ executablePath: browser!, tempRoot: dir, timeoutMs: 60_000 });
    const started = Date.now();
    const pdf = await renderer.render(HTML, {
      headerTitle: 'Careers Hubs & London',
      onBlockedRequest: (u) => blocked.push(u),
    });
    elapsedMs = Date.now() - started;
    pdfPath = join(dir, 'report.pdf');
    await writeFile(pdfPath, pdf);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a tagged, two-page A4 PDF', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Pages:\s+2$/m);
    // A4 is 595.28 x 841.89 pt (210 x 297 mm).
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/m);
    expect(info).toMatch(/^Title:\s+Careers Hubs test report$/m);
  });

  it('has the headings, table text, running header and page footer', () => {
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const heading of [
      'Careers Hubs evaluation',
      'Destinations after key stage 4',
      'Sustained education or employment',
      'Young people not in education, employment or training',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/Central\s+1,234/);
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(text.match(/Careers Hubs & London/g)).toHaveLength(2);
  });

  it('tags headings and the table in the structure tree', () => {
    const struct = execFileSync('pdfinfo', ['-struct', pdfPath], { encoding: 'utf8' });
    for (const tag of ['H1', 'H2', 'H3', 'Table', 'TH', 'TD'])
      expect(struct).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
  });

  it('has bookmarks (an outline) nested like the headings', () => {
    // poppler's pdftohtml -xml prints the document outline as nested <outline><item page="n">title</item> lists.
    const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdfPath], { encoding: 'utf8' });
    const outline = xml.slice(xml.indexOf('<outline>'));
    const items = [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>|<(\/?)outline>/g)].map((m) =>
      m[2] !== undefined ? `${m[1]}:${m[2]}` : m[3] ? ')' : '(',
    );
    expect(items).toEqual([
      '(',
      '1:Careers Hubs evaluation',
      '(',
      '1:Destinations after key stage 4',
      '(',
      '1:Sustained education or employment',
      ')',
      '2:Young people not in education, employment or training',
      ')',
      ')',
    ]);
  });

  it('blocks the remote image instead of fetching it, and does not hang on it', () => {
    expect(blocked).toEqual(['https://example.com/x.png']);
    expect(elapsedMs).toBeLessThan(60_000);
  });

  it('removes its temporary browser profile', async () => {
    const left = (await readdir(dir)).filter((f) => f.startsWith('hubs-eval-chromium-'));
    expect(left).toEqual([]);
  });
});

/** Command lines of live processes that mention `needle` (Linux /proc; empty elsewhere). */
async function processesMentioning(needle: string): Promise<string[]> {
  if (process.platform !== 'linux') return [];
  const { readFile } = await import('node:fs/promises');
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(needle)) found.push(`${pid}: ${cmd.replace(/\0/g, ' ').slice(0, 120)}`);
  }
  return found;
}

describe.skipIf(skipFailure)('ChromiumPdfRenderer when printing fails', () => {
  it('closes the browser and removes its profile after a timeout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hubs-eval-pdf-fail-'));
    try {
      const renderer = new ChromiumPdfRenderer({ executablePath: browser!, tempRoot: dir, timeoutMs: 3_000 });
      const started = Date.now();
      // A script that never returns keeps the load event from firing, so setContent times out.
      const stuck = '<!doctype html><title>stuck</title><script>for (;;) {}</script><h1>never</h1>';
      await expect(renderer.render(stuck, { headerTitle: 'x' })).rejects.toThrow(/timeout|timed out/i);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await readdir(dir)).toEqual([]);
      expect(await processesMentioning(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('removes its profile when the browser cannot be launched', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hubs-eval-pdf-fail-'));
    try {
      const renderer = new ChromiumPdfRenderer({ executablePath: join(dir, 'no-such-browser'), tempRoot: dir });
      await expect(renderer.render('<h1>x</h1>', { headerTitle: 'x' })).rejects.toThrow();
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
