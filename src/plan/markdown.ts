import { Marked, type Tokens } from 'marked';

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// No mailto: an address in a quote is personal data, and a link would make it one click from a mass mailing; the
// address stays as text (and `validate` warns about it).
const SAFE_LINK = /^(https?:|#)/i;

/**
 * Narrative Markdown from the config as HTML that is safe to inline: raw HTML is shown as text, links keep only
 * http(s) and in-page targets, images become their alt text (the report makes no network request), and headings
 * start below the section's own heading.
 */
const marked = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(depth + 2, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    link({ href, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      return SAFE_LINK.test(href) ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
    },
    image: ({ text }: Tokens.Image) => escapeHtml(text),
  },
});

export function markdownToHtml(markdown: string): string {
  return (marked.parse(markdown, { async: false }) as string).trim();
}
