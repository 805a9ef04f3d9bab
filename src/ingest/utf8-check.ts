import { isUtf8 } from 'node:buffer';

/**
 * Whether a byte stream is valid UTF-8, checked chunk by chunk without decoding it (a fatal TextDecoder builds a
 * string of every chunk only to throw it away). A character split across two chunks is held back and checked with
 * the next one; bytes left over at the end are a cut character, so invalid, as a fatal decoder's final call says.
 */
export class Utf8Check {
  private valid = true;
  private carry: Buffer = Buffer.alloc(0);

  add(chunk: Buffer): void {
    if (!this.valid) return;
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = incompleteTail(bytes);
    this.valid = isUtf8(bytes.subarray(0, bytes.length - cut));
    this.carry = Buffer.from(bytes.subarray(bytes.length - cut));
  }

  /** True when every byte added was valid UTF-8 and no character was left unfinished. */
  end(): boolean {
    return this.valid && this.carry.length === 0;
  }
}

/**
 * How many bytes at the end start a multi-byte character that the chunk does not finish (0 to 3). Only a lead byte
 * whose sequence runs past the end is held back; any other malformation is left in place for `isUtf8` to reject.
 */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back for its lead
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}
