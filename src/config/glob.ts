import { statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export interface PatternMatch {
  /** Files matched, absolute and sorted (so every run reads them in the same order). */
  readonly files: string[];
  /** Hidden files (a name starting with ".") the pattern would have matched: left out, as shells do. */
  readonly hidden: string[];
}

/**
 * Expands a path or glob relative to `dir` with tinyglobby (`*`, `?`, `[abc]`, `[!abc]`, `{a,b}`, `**`). The
 * pattern is split at its first wildcard so "../data/*.csv" and absolute patterns glob from their own folder.
 * Hidden files are matched only when the pattern names them (".x.csv"); otherwise they are returned apart, so a
 * caller can say why a pattern matched nothing. A plain path must be a file.
 */
export function expandPattern(pattern: string, dir: string): PatternMatch {
  const abs = path.resolve(dir, pattern);
  if (!isDynamicPattern(pattern)) return { files: isFile(abs) ? [abs] : [], hidden: [] };
  const segments = abs.split(path.sep);
  const firstDynamic = segments.findIndex((s) => isDynamicPattern(s));
  const base = segments.slice(0, firstDynamic).join(path.sep) || path.sep;
  const rest = segments.slice(firstDynamic).join('/');
  const all = globSync(rest, { cwd: base, absolute: true, dot: true, onlyFiles: true, expandDirectories: false })
    .map((f) => path.normalize(f))
    .sort();
  const explicitDot = segments.slice(firstDynamic).some((s) => s.startsWith('.'));
  const isHidden = (f: string) =>
    !explicitDot &&
    path
      .relative(base, f)
      .split(path.sep)
      .some((s) => s.startsWith('.'));
  return { files: all.filter((f) => !isHidden(f)), hidden: all.filter(isHidden) };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
