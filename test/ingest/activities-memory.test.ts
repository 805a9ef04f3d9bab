import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

// Not a timing test: the bench measures speed. This checks that reading keeps nothing per row. The one structure
// that must grow with rows is the exact index of activity ids seen (for "used twice; first on line N"), about 30
// bytes an id, ~6 MB here with its doublings; the bound leaves room for the collector. Keeping each row (an Activity
// with its strings is ~400 bytes) would add over 70 MB.
const BOUND_BYTES = 24 * 1024 * 1024;

describe('activities reader memory', () => {
  it('uses about as much memory after 200,000 rows as after 20,000 (nothing kept per row)', () => {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(here, 'activities-memory-probe.ts')],
      { encoding: 'utf8', cwd: path.join(here, '../..'), timeout: 120_000 },
    );
    const { rows, after20k, after200k } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
    expect(rows).toBe(200_000);
    expect(after20k).toBeGreaterThan(0);
    expect(after200k - after20k).toBeLessThan(BOUND_BYTES);
  }, 180_000);
});
