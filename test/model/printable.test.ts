import { describe, expect, it } from 'vitest';
import { printable, printableJson, printableLines } from '../../src/model/printable.js';

describe('printable: control characters from inputs are shown, never acted on', () => {
  it('escapes every C0 character, DEL and every C1 character as \\xNN', () => {
    for (let c = 0; c < 0x20; c++)
      expect(printable(String.fromCharCode(c))).toBe(`\\x${c.toString(16).padStart(2, '0')}`);
    expect(printable('\x7f')).toBe('\\x7f');
    for (let c = 0x80; c < 0xa0; c++) expect(printable(String.fromCharCode(c))).toBe(`\\x${c.toString(16)}`);
  });

  it('leaves printable text, accents and typographic quotes alone', () => {
    const text = 'St Mary’s Café – “Ørsted” 100% ½ \u00a0non-breaking';
    expect(printable(text)).toBe(text);
  });

  it('turns an OSC title and clear-screen sequence into visible text', () => {
    expect(printable('A\x1b]0;pwned\x07\x1b[2JB')).toBe('A\\x1b]0;pwned\\x07\\x1b[2JB');
  });

  it('printableLines keeps the line feeds and tabs the CLI lays out with, escapes the rest (CR included)', () => {
    expect(printableLines('a\tb\nc\r\x1b[1m\x00')).toBe('a\tb\nc\\x0d\\x1b[1m\\x00');
  });
});

describe('printableJson', () => {
  it('escapes DEL and C1 (which JSON.stringify leaves raw) and stays valid JSON that round-trips', () => {
    const value = { name: 'C1\u009b31m DEL\x7f ESC\x1b NUL\u0000' };
    const json = printableJson(value);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(json).toContain('\\u009b');
    expect(json).toContain('\\u007f');
    expect(JSON.parse(json)).toEqual(value);
  });
});
