/**
 * Institution identifiers. A URN (GIAS unique reference number, 6 digits) or, for colleges and providers
 * without one, a UKPRN (8 digits): both are digits only, so anything else is a typing error, not an ID.
 * Kept as text so leading zeros written in a register survive and match across files.
 */
export const URN_FORM = 'a URN or UKPRN, digits only';

export function parseUrn(text: string): string | undefined {
  const s = text.trim();
  return /^\d+$/.test(s) ? s : undefined;
}

/** Numeric order for digit strings ("99999" before "100000"), text order otherwise; deterministic either way. */
export function compareUrns(a: string, b: string): number {
  const digits = /^\d+$/;
  if (digits.test(a) && digits.test(b)) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
