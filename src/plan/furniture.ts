import type { PlanMeta } from './types.js';

/**
 * The words of the page furniture every edition carries (HTML, PDF, Word): version, status, licence, contact, the
 * data downloads and the accessibility statement. The values come from the config's `report` keys; the sentences
 * live here so each edition says the same thing.
 */

export interface FurnitureItem {
  readonly label: string;
  readonly text: string;
}

/** The data downloads written beside the report, as the editions name them. */
export const DOWNLOADS = {
  tables: 'tables/',
  workbook: 'tables.ods',
  openData: 'open-data/hubs-eval-metrics.csv',
  openDataMeta: 'open-data/hubs-eval-metrics.meta.csv',
} as const;

/** Version, status, licence and contact as label and text, in cover order; an empty contact is left out. */
export function furnitureItems(meta: PlanMeta): FurnitureItem[] {
  const items: FurnitureItem[] = [
    { label: 'Version', text: meta.version },
    { label: 'Status', text: meta.status },
    { label: 'Licence', text: meta.licence },
  ];
  if (meta.contact) items.push({ label: 'Contact', text: meta.contact });
  return items.filter((i) => i.text.trim() !== '');
}

/**
 * Where the figures can be downloaded, in words a printed page can carry: the downloads are described, not named by
 * file (the web edition links each table's own file where the table is).
 */
export function downloadsSentence(): string {
  return (
    "Every chart's and table's figures are published with this report: one CSV file for each, one spreadsheet " +
    'workbook holding them all, and every figure as open data in the DfE layout.'
  );
}

/** The accessibility statement's paragraphs: the config's own text, or what the tool itself can promise. */
export function accessibilityStatement(meta: PlanMeta): string[] {
  if (meta.accessibility.trim()) return [meta.accessibility.trim()];
  const contact = meta.contact ? ` If you need the report in another format, contact ${meta.contact}.` : '';
  return [
    'This report is published as a web page, a tagged PDF and an editable Word document. The web page works at any ' +
      'screen width down to 320 pixels, can be read with a screen reader and used with a keyboard alone, and was ' +
      'checked with the axe-core accessibility engine at phone and desktop widths.',
    'Every chart has a text alternative stating its finding and a data table with the same figures; the figures of ' +
      `every chart and table can also be downloaded, one CSV file each or all in one spreadsheet workbook.${contact}`,
  ];
}
