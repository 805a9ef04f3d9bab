import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  ChromiumPdfRenderer,
  FOOTER_TEMPLATE,
  headerTemplate,
  isAllowedUrl,
  probeBrowser,
} from '../../src/pdf/chromium-pdf-renderer.js';
import { BrowserLaunchError } from '../../src/pdf/pdf-renderer.js';

describe('ChromiumPdfRenderer pieces that need no browser', () => {
  it('lets only the page itself and inlined data load', () => {
    expect(isAllowedUrl('about:blank')).toBe(true);
    expect(isAllowedUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    for (const url of [
      'https://example.com/x.png',
      'http://localhost:8080/',
      'file:///etc/passwd',
      'ws://example.com/',
      'blob:null/1',
    ]) {
      expect(isAllowedUrl(url)).toBe(false);
    }
  });

  it('escapes the running header so a title cannot inject markup', () => {
    expect(headerTemplate('Hubs <b>& "friends"</b>')).toContain('Hubs &lt;b&gt;&amp; &quot;friends&quot;&lt;/b&gt;');
  });

  it('numbers pages as "Page n of N" with the spans Chromium fills', () => {
    expect(FOOTER_TEMPLATE).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it('launches headless with no sandbox, GPU or background networking', () => {
    expect(CHROMIUM_ARGS).toEqual([
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ]);
  });
});

describe('a --browser that is not a browser (no Chromium needed)', () => {
  it('probeBrowser: a program that fails, or a file that is not executable, is a BrowserLaunchError', async () => {
    await expect(probeBrowser('/bin/false')).rejects.toMatchObject({
      name: 'BrowserLaunchError',
      executablePath: '/bin/false',
      reason: 'it failed when asked for its version (exit code 1)',
    });
    await expect(probeBrowser('/etc/passwd')).rejects.toMatchObject({ reason: 'it is not executable' });
    await expect(probeBrowser('/bin/true')).resolves.toBeUndefined();
  });

  it('render: a program that exits at once is a BrowserLaunchError, not a protocol error', async () => {
    const renderer = new ChromiumPdfRenderer({ executablePath: '/bin/true', timeoutMs: 20_000 });
    const failure = renderer.render('<p>x</p>', { headerTitle: 't' });
    await expect(failure).rejects.toBeInstanceOf(BrowserLaunchError);
    // The CLI words it with msg.browserLaunch(executablePath, reason).
    await expect(failure).rejects.toMatchObject({
      executablePath: '/bin/true',
      reason: 'it exited or failed before it could be used as a browser',
    });
  });
});
