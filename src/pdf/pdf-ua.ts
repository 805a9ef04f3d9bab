import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';

/**
 * Chromium's tagged PDF is most of the way to PDF/UA-1 (ISO 14289-1); this step adds what it leaves out:
 * - an XMP metadata stream with pdfuaid:part 1, dc:title, dc:creator, dc:description and dc:language (7.1, 7.10),
 *   the Info dictionary's Author and Subject to match, and DisplayDocTitle (7.1);
 * - a RoleMap for every structure type that is not one of PDF 1.7's standard types (Chromium writes Strong, Em,
 *   Aside...), so no reader meets an unknown tag (7.1, "StructElem object is wrong type" in poppler);
 * - the standard tag where Chromium writes NonStruct: Span for an element that holds only content, Div for one
 *   that groups other elements;
 * - a Figure with no /Alt that only groups (an HTML figure around a chart and its caption, or around a pull
 *   quote, whose blockquote stays a BlockQuote) becomes a Div: a Figure must have alternative text (7.3).
 * - bookmark titles spelt as the headings are: Chromium builds a bookmark from the heading as laid out and drops
 *   the space where the heading wraps ("the GatsbyBenchmarks?"), so a title that equals a heading but for
 *   spaces is replaced by that heading.
 * Everything else (page content, destinations) is kept as Chromium wrote it, and the file is written
 * without object streams so the report's own readers (pdf-structure.ts) still read it.
 */

export interface PdfUaMeta {
  readonly title: string;
  readonly subtitle: string;
  readonly authors: readonly string[];
  readonly organisation: string;
  readonly lang: string;
  readonly tool: { readonly name: string; readonly version: string };
}

/** PDF 1.7's standard structure types (ISO 32000-1, 14.8.4). */
const STANDARD = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl ' +
    'LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu ' +
    'WT WP Figure Formula Form'
  ).split(' '),
);

/** HTML's inline and sectioning tags that Chromium writes under their own names, and the standard type each is. */
const ROLE_MAP: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Mark: 'Span',
  Sub: 'Span',
  Sup: 'Span',
  Aside: 'Div',
  Section: 'Sect',
  Article: 'Art',
  Header: 'Div',
  Footer: 'Div',
  Main: 'Div',
  Nav: 'Div',
  FENote: 'Note',
  Title: 'P',
};

export async function toPdfUa(
  bytes: Uint8Array,
  meta: PdfUaMeta,
  date: Date,
  headings: readonly string[] = [],
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const author = meta.authors.join('; ') || meta.organisation;
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (author) doc.setAuthor(author);
  if (meta.subtitle) doc.setSubject(meta.subtitle);
  doc.setLanguage(meta.lang);
  const { catalog, context } = doc;
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(meta, author, date)), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));
  const root = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (root) retag(doc, root);
  respellOutline(doc, headings);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

function respellOutline(doc: PDFDocument, headings: readonly string[]): void {
  const bySqueezed = new Map(headings.map((h) => [squeeze(h), h]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const walk = (item: PDFDict | undefined, depth: number) => {
    for (let guard = 0; item && guard < 10_000 && depth < 50; guard++) {
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFHexString || title instanceof PDFString) {
        const text = title.decodeText();
        const heading = bySqueezed.get(squeeze(text));
        if (heading && heading !== text) item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
      }
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
}

function retag(doc: PDFDocument, root: PDFDict): void {
  const used = new Set<string>();
  const visit = (elem: PDFDict, depth: number) => {
    if (depth > 200) return;
    const kids = structKids(doc, elem);
    for (const kid of kids) visit(kid, depth + 1);
    const type = elem.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText();
    if (!type) return;
    const better = betterType(type, elem, kids);
    if (better) elem.set(PDFName.of('S'), PDFName.of(better));
    used.add(better ?? type);
  };
  for (const kid of structKids(doc, root)) visit(kid, 0);
  const roleMap = doc.context.obj({});
  for (const type of [...used].filter((t) => !STANDARD.has(t)).sort())
    roleMap.set(PDFName.of(type), PDFName.of(ROLE_MAP[type] ?? 'Span'));
  root.set(PDFName.of('RoleMap'), roleMap);
}

function betterType(type: string, elem: PDFDict, kids: readonly PDFDict[]): string | undefined {
  if (type === 'NonStruct') return kids.length === 0 ? 'Span' : 'Div';
  // A grouping figure has element children; a chart's own image (role="img") has its /Alt and only content.
  if (type === 'Figure' && !elem.has(PDFName.of('Alt')) && kids.length > 0) return 'Div';
  return undefined;
}

/** The structure elements below `elem` (marked-content ids and object references are content, not elements). */
function structKids(doc: PDFDocument, elem: PDFDict): PDFDict[] {
  const k = elem.get(PDFName.of('K'));
  const items = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  const out: PDFDict[] = [];
  for (const item of items) {
    if (item instanceof PDFNumber) continue;
    const dict = item instanceof PDFRef ? doc.context.lookup(item) : item;
    if (!(dict instanceof PDFDict)) continue;
    const type = dict.lookupMaybe(PDFName.of('Type'), PDFName)?.decodeText();
    if (type === 'MCR' || type === 'OBJR') continue;
    if (dict.has(PDFName.of('S'))) out.push(dict);
  }
  return out;
}

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** XMP dates are ISO 8601; the PDF's Info dates come from the same `date`, so the two agree (ISO 16684-1). */
function xmpPacket(meta: PdfUaMeta, author: string, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlText(v)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    `<dc:format>application/pdf</dc:format><dc:title>${alt(meta.title)}</dc:title>`,
    author ? `<dc:creator><rdf:Seq><rdf:li>${xmlText(author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    meta.subtitle ? `<dc:description>${alt(meta.subtitle)}</dc:description>` : '',
    `<dc:language><rdf:Bag><rdf:li>${xmlText(meta.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${when}</xmp:CreateDate><xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `<xmp:CreatorTool>${xmlText(`${meta.tool.name} ${meta.tool.version}`)}</xmp:CreatorTool>`,
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
