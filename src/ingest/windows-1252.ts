/**
 * Windows-1252 ("ANSI", the encoding of GIAS extracts and of Excel's "CSV" on Windows) differs from
 * Latin-1 only in bytes 0x80-0x9F, which carry € ‚ ƒ „ … †
 * ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
 * Node 20's TextDecoder('windows-1252') decodes those bytes as Latin-1 C1 controls (U+0080-U+009F),
 * which would turn the curly apostrophe of "St Mary’s" into an invisible control character, so the
 * mapping is done here. Table: WHATWG Encoding Standard, index-windows-1252.
 */
const HIGH_CONTROLS: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes. Single-byte, so chunks can be decoded independently. */
export function decodeWindows1252(bytes: Uint8Array): string {
  // Latin-1 is native and fast and right for every byte outside 0x80-0x9F; those few are then swapped.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(HIGH_CONTROLS[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}
