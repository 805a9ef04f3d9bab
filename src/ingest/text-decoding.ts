import type { FileSummary } from '../model/records.js';
import { decodeWindows1252 } from './windows-1252.js';

export type TextEncoding = FileSummary['encoding'];

/** Decodes a byte stream as text; a BOM, if any, is dropped, and a character split across chunks is kept whole. */
export async function* decodeStream(encoding: TextEncoding, stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  if (encoding === 'windows-1252') {
    for await (const chunk of stream) yield decodeWindows1252(chunk);
    return;
  }
  const decoder = textDecoder(encoding);
  for await (const chunk of stream) yield decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** Decodes the first bytes of a file (possibly cut inside a character) for its header line. */
export function decodeHead(encoding: TextEncoding, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return textDecoder(encoding).decode(bytes, { stream: true });
}

function textDecoder(encoding: Exclude<TextEncoding, 'windows-1252'>): TextDecoder {
  // ignoreBOM: false = the decoder consumes the byte-order mark instead of returning it as U+FEFF.
  return new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, { ignoreBOM: false });
}
