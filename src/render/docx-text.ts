/**
 * The narrative and evidence blocks reach the plan as escaped HTML (converted from Markdown, or written by the
 * evidence section). Word needs paragraphs of plain text with a role, so this reads that HTML back into them: the
 * only tags it meets are the ones `marked` and the evidence section write, and any other tag is dropped, its text
 * kept.
 */

export type TextRole = 'body' | 'bullet' | 'quote' | 'attribution' | 'heading';

export interface TextParagraph {
  readonly role: TextRole;
  readonly text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Plain text of an HTML fragment: tags removed, entities decoded, runs of white space made one space. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const BLOCK = /<(blockquote|figcaption|li|p|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/gi;

/** The paragraphs of an HTML fragment in document order, each with the role Word should style it by. */
export function htmlParagraphs(html: string): TextParagraph[] {
  const out: TextParagraph[] = [];
  for (const m of html.matchAll(BLOCK)) {
    const tag = (m[1] ?? '').toLowerCase();
    const inner = m[2] ?? '';
    if (tag === 'blockquote') {
      const parts = [...inner.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].map((p) => htmlText(p[1] ?? ''));
      for (const text of parts.length ? parts : [htmlText(inner)]) if (text) out.push({ role: 'quote', text });
      continue;
    }
    const text = htmlText(inner);
    if (!text) continue;
    const role: TextRole =
      tag === 'li' ? 'bullet' : tag === 'figcaption' ? 'attribution' : tag.startsWith('h') ? 'heading' : 'body';
    out.push({ role, text });
  }
  // A fragment of bare text (no block tags) is one paragraph.
  if (out.length === 0 && htmlText(html)) out.push({ role: 'body', text: htmlText(html) });
  return out;
}
