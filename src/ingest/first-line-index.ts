/**
 * The line each id was first seen on, for finding ids used twice in a file of millions of rows. The ids are kept
 * as UTF-8 bytes in one growing buffer and found through an open-addressing hash table of entry numbers, about
 * 30 bytes an id instead of the ~100 of a Map of strings; lookups compare the bytes, so the answer is exact.
 */
export class FirstLineIndex {
  private arena = Buffer.alloc(1 << 16);
  private used = 0;
  /** Entry k's id is arena[starts[k], starts[k + 1]); its first line is lines[k]. */
  private starts = new Uint32Array(1 << 12);
  private lines = new Uint32Array(1 << 12);
  private count = 0;
  /** Entry number + 1 per slot; 0 = empty. Kept at most half full. */
  private slots = new Uint32Array(1 << 13);

  /** The first line of `id` when it was seen before; otherwise records it on `line` and returns undefined. */
  firstLine(id: string, line: number): number | undefined {
    const length = Buffer.byteLength(id, 'utf8');
    this.reserve(length);
    this.arena.write(id, this.used, 'utf8');
    const hash = fnv1a(this.arena, this.used, this.used + length);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) {
        this.add(slot, length, line);
        return undefined;
      }
      const k = entry - 1;
      const start = this.starts[k] ?? 0;
      const end = this.starts[k + 1] ?? 0;
      if (end - start === length && this.arena.compare(this.arena, this.used, this.used + length, start, end) === 0)
        return this.lines[k];
    }
  }

  private add(slot: number, length: number, line: number): void {
    const k = this.count++;
    if (k + 2 > this.starts.length) {
      this.starts = grow(this.starts);
      this.lines = grow(this.lines);
    }
    this.starts[k] = this.used;
    this.lines[k] = line;
    this.used += length;
    this.starts[k + 1] = this.used;
    this.slots[slot] = k + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private reserve(length: number): void {
    if (this.used + length <= this.arena.length) return;
    const bigger = Buffer.alloc(Math.max(this.arena.length * 2, this.used + length));
    this.arena.copy(bigger, 0, 0, this.used);
    this.arena = bigger;
  }

  private rehash(): void {
    this.slots = new Uint32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = fnv1a(this.arena, this.starts[k] ?? 0, this.starts[k + 1] ?? 0) & mask;
      while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = k + 1;
    }
  }
}

function grow(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** FNV-1a (Fowler, Noll, Vo), 32 bits, over bytes [from, to). */
function fnv1a(bytes: Buffer, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193);
  return h >>> 0;
}
