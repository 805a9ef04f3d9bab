import {
  type Footer,
  type Header,
  type ISectionOptions,
  PageOrientation,
  type Paragraph,
  type Table,
  type TableOfContents,
} from 'docx';

export type DocxChild = Paragraph | Table | TableOfContents;

/** Content set on landscape pages of its own, with portrait pages again after it: a table too wide for portrait. */
export interface LandscapePages {
  readonly landscape: readonly DocxChild[];
}

export type DocxItem = DocxChild | LandscapePages;

/** A4 in twips, given portrait: `docx` swaps width and height for a landscape section (w:pgSz w > h). */
const A4 = { width: 11906, height: 16838 } as const;
/** 2 cm margins each side, twips. */
const MARGIN = 1134;
/** Twips across the text of a portrait page: 17 cm. */
export const PORTRAIT_TEXT_WIDTH = A4.width - 2 * MARGIN;
/** Twips across the text of a landscape page: 25.7 cm. */
export const LANDSCAPE_TEXT_WIDTH = A4.height - 2 * MARGIN;

/** The running header and page footer, made afresh for each section (a section's parts are its own). */
export interface PageFurniture {
  readonly header: () => Header;
  readonly footer: () => Footer;
}

export function isLandscape(item: DocxItem): item is LandscapePages {
  return 'landscape' in item;
}

/**
 * The body cut into Word sections: portrait, with a landscape section for each run of wide tables and portrait again
 * after it. Only the first section has a different first page (the cover, without the running header); page numbers
 * run on across the sections.
 */
export function pageSections(items: readonly DocxItem[], furniture: PageFurniture): ISectionOptions[] {
  const runs: { landscape: boolean; children: DocxChild[] }[] = [];
  for (const item of items) {
    const landscape = isLandscape(item);
    const children = landscape ? item.landscape : [item];
    const last = runs.at(-1);
    if (last && last.landscape === landscape) last.children.push(...children);
    else runs.push({ landscape, children: [...children] });
  }
  return runs.map((run, k) => ({
    properties: {
      titlePage: k === 0,
      page: {
        size: { ...A4, orientation: run.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
      },
    },
    headers: { default: furniture.header() },
    footers: k === 0 ? { default: furniture.footer(), first: furniture.footer() } : { default: furniture.footer() },
    children: run.children,
  }));
}
