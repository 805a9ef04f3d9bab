/**
 * The project's one rounding of a number for print, read by the report's text and tables (plan/format.ts) and by
 * the charts (charts/value-format.ts), so a figure never prints two ways: half away from zero on the printed
 * digits (0.15 prints 0.2, though the double just below 0.15 is what `toFixed` and `Intl` round), no "-0.0".
 */
export function fixed(value: number, dp: number): string {
  const f = 10 ** dp;
  // The 1e-9 lifts a decimal tie that binary stores just below it (0.15 = 0.1499...) onto the tie.
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
  const s = r.toFixed(dp);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** A difference with its sign: "+1.4", "-0.8", "0.0" (a change that rounds to zero has no sign). */
export function signed(value: number, dp = 1): string {
  const s = fixed(value, dp);
  return value > 0 && s !== fixed(0, dp) ? `+${s}` : s;
}

/** A whole number with thousands commas: "12,346". */
export function formatCount(value: number): string {
  const s = Math.round(Math.abs(value))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${s}` : s;
}

/** `fixed`, with thousands commas in the whole part: "1,234.5". */
export function groupedFixed(value: number, dp: number): string {
  const [whole = '', part] = fixed(value, dp).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return part === undefined ? grouped : `${grouped}.${part}`;
}
