/**
 * Tokens a line must never split: a year range ("2014/15 to 2021/22"), and any run of letters and digits joined by
 * `_ / . , - %` (numbers such as 1,648,490 or 94.3%, ids such as apprenticeship_change_pp, file names such as
 * compass/compass-2020-21.csv). Browsers may otherwise break after a hyphen or slash, or anywhere once a cell
 * overflows. An interval in brackets ("(5.0 to 5.6)", "(-0.198 to -0.002)") and a value with its unit ("-1.4 pp")
 * are tokens too, so a narrow table column puts each whole on a line of its own instead of wrapping inside it.
 * Works on text that is already HTML-escaped; entities (&amp;, &#x27;) hold no separator it joins on.
 */
const INTERVAL = String.raw`\([+-]?\d[\d.,]*(?:%| pp)? to [+-]?\d[\d.,]*(?:%| pp)?\)`;
const WITH_UNIT = String.raw`[+-]?\d[\d.,]* pp\b`;
const YEARS = String.raw`\d{4}\/\d{2} to \d{4}\/\d{2}`;
const JOINED = String.raw`[A-Za-z0-9][\w/.,%-]*[_/.,-][\w/.,%-]*[A-Za-z0-9%]`;
const TOKEN = new RegExp(`${INTERVAL}|${WITH_UNIT}|${YEARS}|${JOINED}`, 'g');

/** Wraps each unbreakable token of escaped text in `<span class="token">` (white-space: nowrap in the CSS). */
export function wrapUnbreakable(escaped: string): string {
  return escaped.replace(TOKEN, (token) => {
    // A token ending in a sentence's full stop or list comma leaves it outside, where the line may break.
    const m = /^(.*?)([.,]*)$/.exec(token);
    const core = m?.[1] ?? token;
    if (core.startsWith('(') || core.endsWith(' pp')) return `<span class="token">${token}</span>`;
    if (!/[_/.,-]/.test(core) || core.length < 4) return token;
    return `<span class="token">${core}</span>${m?.[2] ?? ''}`;
  });
}
