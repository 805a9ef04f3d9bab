import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, highest first: a file imports only from its own folder or from a lower layer, never from a
 * higher one or from another folder of its own layer. Data moves one way (see STYLE.md, "The pipeline is the
 * folder list"). render/, pdf/ and snapshot/ write the plan out; charts/ builds chart specs and draws them, from
 * the model alone, so plan/ and render/ can both use it.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['pipeline'],
  ['render', 'pdf', 'snapshot'],
  ['plan'],
  ['metrics'],
  ['ingest'],
  ['config', 'sdc', 'charts'],
  ['model', 'stats'],
  ['errors.ts'],
];

/** Imports allowed against the rule, each with the reason it could not be removed. None today. */
const ALLOWED: readonly string[] = [];

const SRC = path.resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

// Static imports and re-exports (`import ... from`, `export ... from`, `import './x.js'`) and dynamic `import()`.
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import of each file under src/, as paths relative to src/ (`plan/types.ts`). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => (m[1] ?? m[2])!)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.relative(SRC, path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'))));
    graph.set(path.relative(SRC, file), [...new Set(targets.map((t) => t.split(path.sep).join('/')))]);
  }
  return graph;
}

const folderOf = (file: string) => file.split('/')[0]!;
const layerOf = (file: string) => LAYERS.findIndex((l) => l.includes(folderOf(file)));

/** The strongly connected components of more than one file, or of one file importing itself (Tarjan 1972). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('layers of src/', () => {
  const graph = importGraph();

  it('reads every file and its imports', () => {
    // Guards the rules below against passing on an empty or unparsed tree.
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('cli/commands/report.ts')).toContain('pipeline/run.ts');
    // A dynamic import() counts too.
    expect(graph.get('pipeline/run.ts')).toContain('pipeline/read-and-compute.ts');
    expect(graph.get('render/chart-export.ts')).toContain('charts/vega-svg-renderer.ts');
    for (const file of graph.keys()) expect(layerOf(file), file).toBeGreaterThanOrEqual(0);
  });

  it('has no file-level import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a planted cycle', () => {
    const planted = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(planted)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('imports only from the same folder or a lower layer', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((t) => folderOf(t) !== folderOf(file) && layerOf(t) <= layerOf(file))
        .map((t) => `${file} -> ${t}`),
    );
    expect(upward.filter((edge) => !ALLOWED.includes(edge))).toEqual([]);
  });
});
