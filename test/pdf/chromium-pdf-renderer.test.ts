import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, FOOTER_TEMPLATE, headerTemplate, isAllowedUrl } from '../../src/pdf/chromium-pdf-renderer.js';

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
