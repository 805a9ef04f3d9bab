import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromRaw } from '../../src/config/validate-config.js';
import { UserError } from '../../src/errors.js';
import { readNeighbourSources } from '../../src/pipeline/read-neighbours.js';

describe('comparators and geography in the config', () => {
  it('reads the neighbours file, the closeness band in any capitals, and the district lookup', () => {
    const { config, problems } = configFromRaw(
      {
        comparators: { statisticalNeighbours: 'sn.xlsx', minimumCloseness: 'Very Close' },
        geography: { districtToCounty: 'lad_cty.csv' },
      },
      'c.json',
      '/tmp',
    );
    expect(problems).toEqual([]);
    expect(config.comparators).toEqual({ statisticalNeighbours: 'sn.xlsx', minimumCloseness: 'very close' });
    expect(config.geography).toEqual({ districtToCounty: 'lad_cty.csv' });
  });

  it('defaults to no comparison and all ten neighbours', () => {
    const { config } = configFromRaw({}, 'c.json', '/tmp');
    expect(config.comparators).toEqual({ statisticalNeighbours: null, minimumCloseness: null });
    expect(config.geography).toEqual({ districtToCounty: null });
  });

  it('names the key of a bad band or an unknown key', () => {
    const { problems } = configFromRaw(
      { comparators: { minimumCloseness: 'near', neighbours: 'x' } },
      'c.json',
      '/tmp',
    );
    expect(problems).toEqual([
      'comparators.minimumCloseness: expected a closeness band (extremely close, very close, close, somewhat ' +
        'close, not close), found "near"',
      'comparators.neighbours: unknown key (allowed here: statisticalNeighbours, minimumCloseness)',
    ]);
  });

  it('resolves the files against the config folder, and a missing one is a user error naming the key', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-nb-'));
    const { config } = configFromRaw({ comparators: { statisticalNeighbours: 'none.xlsx' } }, 'c.json', dir);
    await expect(readNeighbourSources(config)).rejects.toThrow(UserError);
    await expect(readNeighbourSources(config)).rejects.toThrow(/comparators\.statisticalNeighbours: file not found/);
    writeFileSync(path.join(dir, 'bad.xlsx'), 'not a workbook');
    const bad = configFromRaw({ comparators: { statisticalNeighbours: 'bad.xlsx' } }, 'c.json', dir).config;
    const read = await readNeighbourSources(bad);
    expect(read.problems.map((p) => [p.file, p.message.slice(0, 29)])).toEqual([
      [path.join(dir, 'bad.xlsx'), 'not a readable .xlsx workbook'],
    ]);
  });
});
