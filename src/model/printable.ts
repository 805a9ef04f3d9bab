/**
 * Text from input files, config values and file names is echoed back to people. A control character in it
 * (an ANSI escape that clears the terminal or sets its title, a NUL, a carriage return that overwrites the
 * line) must print as a visible escape, not act. C0 (U+0000-U+001F), DEL (U+007F) and C1 (U+0080-U+009F)
 * become `\x1b`-style escapes, or `\u0000`-style in JSON, where they stay valid JSON.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, minus the line feed and tab the CLI itself prints.
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function hex(c: string): string {
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** A value from the user's files, safe to print: every control character, line feeds and tabs included, escaped. */
export function printable(text: string): string {
  return text.replace(CONTROL, hex);
}

/**
 * A whole line (or block) of CLI output, safe to print: control characters escaped except the line feeds and tabs
 * the CLI uses for its own layout.
 */
export function printableLines(text: string): string {
  return text.replace(CONTROL_BUT_LAYOUT, hex);
}

/** JSON.stringify escapes C0 but writes DEL and C1 raw; this escapes those too, so JSON output is plain text. */
export function printableJson(value: unknown, indent = 2): string {
  return escapeJsonText(JSON.stringify(value, null, indent));
}

/** The same for JSON text made elsewhere: DEL and C1 appear in JSON only inside strings, where \u escapes are valid. */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/**
 * Characters no published file may hold: C0 except tab, line feed and carriage return, DEL and C1. XML 1.0 forbids
 * most of them outright (a Word or ODS file holding one does not open), and in HTML and CSV they only hide or
 * garble text ("Satis\0fied" shown as "Satisfied" but counted apart from it).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNPUBLISHABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, for a test without the global flag's state.
const HAS_UNPUBLISHABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function hasControls(text: string): boolean {
  return HAS_UNPUBLISHABLE.test(text);
}

/** The text with every character a published file may not hold removed (tab, line feed and CR stay). */
export function withoutControls(text: string): string {
  return HAS_UNPUBLISHABLE.test(text) ? text.replace(UNPUBLISHABLE, '') : text;
}

/** A copy of a JSON-like value (a plan) with `withoutControls` applied to every string in it, keys included. */
export function withoutControlsDeep<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return withoutControls(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutControls(k), clean(v)]));
  return value;
}
