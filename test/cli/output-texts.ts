import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Every file written under `root`'s `folders`, as text keyed by its path relative to `root`: a zip (Word, ODS) by
 * its XML entries, so that a sweep for what must not be published reads the documents as well as the tables.
 */
export function outputTexts(root: string, folders: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const folder of folders)
    for (const e of readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const file = path.join(e.parentPath, e.name);
      const name = path.relative(root, file);
      const bytes = readFileSync(file);
      if (/\.(docx|ods)$/.test(name))
        for (const [entry, data] of Object.entries(unzipSync(bytes))) {
          // The chart images are binary; everything else in the zip is XML.
          if (!/\.(png|jpe?g)$/.test(entry)) texts.set(`${name}:${entry}`, strFromU8(data));
        }
      else if (!/\.(png|pdf)$/.test(name)) texts.set(name, bytes.toString('utf8'));
    }
  return texts;
}
