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
