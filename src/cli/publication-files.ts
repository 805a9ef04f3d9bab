import { openDataCsv, openDataMetaCsv } from '../metrics/open-data.js';
import type { PipelineResult } from '../pipeline/read-and-compute.js';
import { DOWNLOADS } from '../plan/furniture.js';
import type { ReportPlan } from '../plan/types.js';
import { dataTables, tableCsvFiles } from '../render/data-tables.js';
import { odsWorkbook } from '../render/ods-workbook.js';

/**
 * The data downloads written beside every report and snapshot: tables/*.csv (one per chart and table), the
 * tables.ods workbook and the metrics as DfE open data with its meta file. `date` stamps the workbook's zip.
 */
export function dataDownloadFiles(
  plan: ReportPlan,
  result: PipelineResult,
  date: Date,
): Map<string, string | Uint8Array> {
  const tables = dataTables(plan);
  const open = { hubs: result.config.hubs, comparator: result.config.comparator };
  return new Map<string, string | Uint8Array>([
    ...tableCsvFiles(tables),
    [DOWNLOADS.workbook, odsWorkbook(plan, tables, date)],
    [DOWNLOADS.openData, openDataCsv(result.metrics.rows, open)],
    [DOWNLOADS.openDataMeta, openDataMetaCsv()],
  ]);
}

/** report.docx: the plan as a Word document, its charts drawn as SVG with a PNG fallback. */
export async function docxFile(plan: ReportPlan, svgs: ReadonlyMap<string, string>, date: Date): Promise<Uint8Array> {
  const { renderChartImages } = await import('../render/chart-images.js');
  const { renderDocx } = await import('../render/docx-renderer.js');
  return renderDocx(plan, await renderChartImages(svgs), { date });
}
