import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/plan/markdown.js';

describe('markdownToHtml', () => {
  it('makes no mailto: link from an address, an autolink or a written link; the text stays', () => {
    const html = markdownToHtml(
      'Write to jo@example.com, <sam@example.org> or [the office](mailto:office@example.net).',
    );
    expect(html).not.toContain('mailto:');
    expect(html).not.toContain('<a ');
    expect(html).toBe('<p>Write to jo@example.com, sam@example.org or the office.</p>');
  });

  it('keeps http(s) links and in-page links, drops others', () => {
    expect(markdownToHtml('[DfE](https://www.gov.uk/dfe) [above](#top) [x](javascript:alert(1))')).toBe(
      '<p><a href="https://www.gov.uk/dfe">DfE</a> <a href="#top">above</a> x</p>',
    );
  });
});
