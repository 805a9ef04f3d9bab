import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const MAGIC = /[*?[]/;

/** Expands a path or glob (`*`, `?`, `[abc]`, `**`) relative to `dir`; results sorted for determinism. */
export function expandPattern(pattern: string, dir: string): string[] {
  const abs = path.resolve(dir, pattern);
  if (!MAGIC.test(pattern)) return isFile(abs) ? [abs] : [];
  const root = path.parse(abs).root;
  const parts = abs.slice(root.length).split(path.sep);
  const out: string[] = [];
  walk(root, parts, out);
  return [...new Set(out)].sort();
}

function walk(base: string, parts: string[], out: string[]): void {
  if (parts.length === 0) {
    if (isFile(base)) out.push(base);
    return;
  }
  const [head, ...rest] = parts as [string, ...string[]];
  if (head === '**') {
    walk(base, rest, out);
    for (const d of listDirs(base)) walk(path.join(base, d), parts, out);
    return;
  }
  if (!MAGIC.test(head)) {
    walk(path.join(base, head), rest, out);
    return;
  }
  const re = segmentRegex(head);
  for (const entry of list(base)) if (re.test(entry)) walk(path.join(base, entry), rest, out);
}

function segmentRegex(segment: string): RegExp {
  let re = '';
  for (const ch of segment) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[' || ch === ']') re += ch;
    else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).filter((e) => !e.startsWith('.'));
  } catch {
    return [];
  }
}

function listDirs(dir: string): string[] {
  return list(dir).filter((e) => {
    try {
      return statSync(path.join(dir, e)).isDirectory();
    } catch {
      return false;
    }
  });
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
