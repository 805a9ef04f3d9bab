/**
 * A parse remembered per distinct text. Cells repeat across millions of rows (a few thousand distinct dates, counts,
 * sizes, figures), so each text is parsed once per file. The memo stops growing at a fixed size, so a column of
 * distinct texts costs no memory. `parse` must be pure: a remembered answer is returned as it was first given.
 */
const MEMO_SIZE = 1 << 14;

export function memoByText<T>(parse: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = parse(text);
    if (known.size < MEMO_SIZE) known.set(text, value);
    return value;
  };
}
