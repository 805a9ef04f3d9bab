import { readFileSync } from 'node:fs';
import { containedFile } from '../config/contained-file.js';
import type { Config } from '../config/schema.js';
import { UserError } from '../errors.js';
import type { PlanInput } from '../plan/context.js';

const MARKDOWN = ['.md', '.markdown'];

/** Reads a Markdown file the config names: inside the config's folder tree, and valid UTF-8 text. */
export function readMarkdownFile(config: Config, key: string, relative: string): string {
  const file = containedFile(config, key, relative, MARKDOWN);
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${key}: ${file} is not UTF-8 text`, 'Save the file as UTF-8 Markdown.');
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\0-\x08\x0e-\x1f]/.test(text))
    throw new UserError(`${key}: ${file} holds control characters, so it is not a text file`, 'Give a Markdown file.');
  return text.replace(/^\uFEFF/, '');
}

/** The config's narrative Markdown files, read; a configured file that is missing or not allowed names its key. */
export function readNarrative(config: Config): PlanInput['narrative'] {
  const read = (p: string | null, key: keyof Config['narrative']) =>
    p ? readMarkdownFile(config, `narrative.${key}`, p) : null;
  return {
    foreword: read(config.narrative.foreword, 'foreword'),
    acknowledgements: read(config.narrative.acknowledgements, 'acknowledgements'),
    recommendations: read(config.narrative.recommendations, 'recommendations'),
  };
}

/** Image types the cover can inline, identified by their first bytes (the extension alone proves nothing). */
const IMAGE_SIGNATURES: readonly { readonly type: string; readonly test: (b: Buffer) => boolean }[] = [
  { type: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])) },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', test: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
  {
    type: 'image/webp',
    test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/** The cover logo inlined as a data: URI, so the HTML stays self-contained. */
export function readLogo(config: Config): string | null {
  if (!config.report.logo) return null;
  const file = containedFile(config, 'report.logo', config.report.logo, ['.png', '.jpg', '.jpeg', '.gif', '.webp']);
  const bytes = readFileSync(file);
  const image = IMAGE_SIGNATURES.find((s) => s.test(bytes));
  if (!image)
    throw new UserError(
      `report.logo: ${file} is not a PNG, JPEG, GIF or WebP image (its first bytes say otherwise)`,
      'Give an image file; SVG is not accepted because it can carry scripts and links.',
    );
  return `data:${image.type};base64,${bytes.toString('base64')}`;
}
