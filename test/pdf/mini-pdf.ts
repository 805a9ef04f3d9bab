/**
 * A minimal PDF in the shape Skia writes (uncompressed page tree, /Dests and outline dictionaries), for the
 * readers in src/pdf without a browser. Not a valid file for a viewer: there is no xref table.
 */
export function miniPdf(
  dests: Readonly<Record<string, number>>,
  outline: readonly [string, number][] = [],
): Uint8Array {
  // Pages 1-2 under one intermediate node, page 3 under another: the tree is nested as Skia's is.
  const pageObj = [10, 11, 12];
  const destText = Object.entries(dests)
    .map(([name, page]) => `/${name.replace(/-/g, '#2D')} [${pageObj[page - 1]} 0 R /XYZ 0 841.91998 0]`)
    .join('\n');
  const items = outline.map(([title, page], k) => {
    const next = k + 1 < outline.length ? `\n/Next ${31 + k} 0 R` : '';
    const dest = `/Dest [${pageObj[page - 1]} 0 R /XYZ 51 785.6 0]`;
    return `${30 + k} 0 obj\n<</Title ${title}\n${dest}\n/Parent 29 0 R${next}>>\nendobj`;
  });
  return new Uint8Array(
    Buffer.from(
      [
        '%PDF-1.4',
        '1 0 obj\n<</Producer (Skia/PDF m156)',
        "/CreationDate (D:20261129210619+00'00')\n/ModDate (D:20261129210619+00'00')>>\nendobj",
        '10 0 obj\n<</Type /Page\n/Parent 20 0 R>>\nendobj',
        '11 0 obj\n<</Type /Page\n/Parent 20 0 R>>\nendobj',
        '12 0 obj\n<</Type /Page\n/Parent 21 0 R>>\nendobj',
        '20 0 obj\n<</Type /Pages\n/Count 2\n/Kids [10 0 R 11 0 R]>>\nendobj',
        '21 0 obj\n<</Type /Pages\n/Count 1\n/Kids [12 0 R]>>\nendobj',
        '22 0 obj\n<</Type /Pages\n/Count 3\n/Kids [20 0 R 21 0 R]>>\nendobj',
        `23 0 obj\n<<${destText}>>\nendobj`,
        ...items,
        `29 0 obj\n<</Type /Outlines\n/First 30 0 R\n/Last ${29 + outline.length} 0 R>>\nendobj`,
        '40 0 obj\n<</Type /Catalog\n/Pages 22 0 R\n/Dests 23 0 R\n/Outlines 29 0 R>>\nendobj',
        'trailer\n<</Root 40 0 R\n/Info 1 0 R>>\n%%EOF\n',
      ].join('\n'),
      'latin1',
    ),
  );
}
