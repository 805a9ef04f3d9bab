import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { HubIndex } from '../../src/config/hub-index.js';
import { loadConfig, resolveInputs } from '../../src/config/load.js';
import { starterConfigYaml } from '../../src/config/starter.js';
import { configFromRaw } from '../../src/config/validate-config.js';
import { UserError } from '../../src/errors.js';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'hubs-eval-config-'));
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return [e.message, ...e.details];
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('the built-in default', () => {
  it('is the four London hubs covering all 33 London LAs, each once', () => {
    const config = loadConfig(undefined, tempDir());
    expect(config.file).toBeNull();
    expect(config.hubs.map((h) => h.name)).toEqual(['Central', 'East', 'South', 'West']);
    expect(config.hubs.map((h) => h.localAuthorities.length)).toEqual([12, 9, 5, 7]);
    const codes = config.hubs.flatMap((h) => h.localAuthorities.map((la) => la.newCode));
    expect(new Set(codes).size).toBe(33);
    expect([...codes].sort()).toEqual(Array.from({ length: 33 }, (_, k) => `E090000${String(k + 1).padStart(2, '0')}`));
  });

  it('finds an LA by old code, new code or name', () => {
    const hubs = new HubIndex(loadConfig(undefined, tempDir()).hubs);
    expect(hubs.hubOf('305')).toBe('east'); // Bromley is in Local London (East)
    expect(hubs.hubOf('E09000006')).toBe('east');
    expect(hubs.hubOf('Kingston upon Thames')).toBe('south');
    expect(hubs.hubOf('E09000001')).toBe('central');
    expect(hubs.hubOf('E08000003')).toBeUndefined();
  });
});

describe('loading a config file', () => {
  it('finds hubs-eval.config.json in the folder and resolves globs relative to it', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'compass'));
    writeFileSync(path.join(dir, 'compass', 'b.csv'), 'x');
    writeFileSync(path.join(dir, 'compass', 'a.csv'), 'x');
    writeFileSync(path.join(dir, 'reg.csv'), 'x');
    writeFileSync(
      path.join(dir, 'hubs-eval.config.json'),
      JSON.stringify({ inputs: { compass: 'compass/*.csv', institutions: ['reg.csv'] } }),
    );
    const config = loadConfig(undefined, dir);
    expect(resolveInputs(config)).toEqual({
      compass: [path.join(dir, 'compass', 'a.csv'), path.join(dir, 'compass', 'b.csv')],
      institutions: [path.join(dir, 'reg.csv')],
    });
  });

  it('reads YAML, and the starter config written by init is valid', () => {
    const raw = parseYaml(starterConfigYaml());
    const { problems, config } = configFromRaw(raw, 'x.yaml', '/tmp');
    expect(problems).toEqual([]);
    expect(config.hubs).toHaveLength(4);
    expect(config.activities.labels['speed networking']).toBe('employer_encounter');
  });

  it('reports every problem: unknown key, wrong type, an LA in two hubs', () => {
    const raw = {
      report: { title: 3, colour: 'red' },
      sdc: { threshold: 'five' },
      hubs: [
        { id: 'north', name: 'North', localAuthorities: [{ oldCode: '390', newCode: 'E08000037', name: 'Gateshead' }] },
        { id: 'south', name: 'South', localAuthorities: [{ oldCode: '390', newCode: 'E08000037', name: 'Gateshead' }] },
      ],
    };
    const { problems } = configFromRaw(raw, 'c.json', '/tmp');
    expect(problems).toContain('report.title: expected text, found number 3');
    expect(problems.some((p) => p.startsWith('report.colour: unknown key'))).toBe(true);
    expect(problems).toContain('sdc.threshold: expected a whole number of at least 1, found "five"');
    // Once for the LA, naming both its codes, not once per code.
    expect(problems.filter((p) => p.includes('Gateshead'))).toEqual([
      'hubs: local authority Gateshead (390, E08000037) is in two hubs, "north" and "south"',
    ]);
  });

  it('a config for other hubs in England works the same way', () => {
    const { problems, config } = configFromRaw(
      {
        hubs: [
          {
            id: 'tyne',
            name: 'Tyne and Wear',
            lead: 'NECA',
            localAuthorities: [{ oldCode: '390', newCode: 'E08000037', name: 'Gateshead' }],
          },
        ],
      },
      'c.json',
      '/tmp',
    );
    expect(problems).toEqual([]);
    expect(new HubIndex(config.hubs).hubOf('390')).toBe('tyne');
  });

  it('reads a KS4 cohort range for destinations, and rejects a malformed one', () => {
    expect(
      configFromRaw({ destinations: { cohorts: '2015/16-2020/21' } }, 'c.json', '/tmp').config.destinations.cohorts,
    ).toEqual({ from: '2015/16', to: '2020/21' });
    expect(
      configFromRaw({ destinations: { cohorts: '201516 to 202021' } }, 'c.json', '/tmp').config.destinations.cohorts,
    ).toEqual({ from: '2015/16', to: '2020/21' });
    expect(configFromRaw({}, 'c.json', '/tmp').config.destinations.cohorts).toBeNull();
    expect(configFromRaw({ destinations: { cohorts: '2020/21-2015/16' } }, 'c.json', '/tmp').problems[0]).toMatch(
      /destinations.cohorts: expected the first and last KS4 cohorts/,
    );
  });

  it('a path that matches no file is an error naming it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'hubs-eval.config.json'), JSON.stringify({ inputs: { neet: 'neet/*.csv' } }));
    const problems = problemsOf(() => resolveInputs(loadConfig(undefined, dir)));
    expect(problems.join('\n')).toContain('inputs.neet: "neet/*.csv" matches no file');
  });

  it('a config that is not JSON is a clear error', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'hubs-eval.config.json'), '{ "inputs": ');
    expect(problemsOf(() => loadConfig(undefined, dir))[0]).toMatch(/could not be parsed/);
  });

  it('an explicit --config that does not exist is a clear error', () => {
    expect(problemsOf(() => loadConfig('nope.json', tempDir()))[0]).toMatch(/Config file not found/);
  });
});

describe('config checks on zod and globs on tinyglobby', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'hubs-eval.config.json'), '{\n  "report": {\n    "title": "x",\n  }\n}\n');
    expect(problemsOf(() => loadConfig(undefined, dir))[0]).toMatch(/line 4, column 3: .*property name/);
    writeFileSync(path.join(dir, 'hubs-eval.config.json'), '{\n  "sdc": { "threshold": }\n}\n');
    expect(problemsOf(() => loadConfig(undefined, dir))[0]).toMatch(/line 2, column 25: Unexpected token '}'/);
  });

  it('globs by tinyglobby: [!a] excludes a, {a,b} alternates, hidden files named when all there is', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'd'));
    mkdirSync(path.join(dir, 'e'));
    for (const f of ['d/a.csv', 'd/b.csv', 'd/.lock.csv', 'e/c.csv', 'e/.only.csv'])
      writeFileSync(path.join(dir, f), 'x\n');
    const inputs = (compass: string | string[]) => {
      writeFileSync(path.join(dir, 'hubs-eval.config.json'), JSON.stringify({ inputs: { compass } }));
      return resolveInputs(loadConfig(undefined, dir)).compass?.map((f) => path.relative(dir, f));
    };
    expect(inputs('d/[!a]*.csv')).toEqual([path.join('d', 'b.csv')]);
    expect(inputs('{d,e}/[ac].csv')).toEqual([path.join('d', 'a.csv'), path.join('e', 'c.csv')]);
    expect(inputs('d/.lock.csv')).toEqual([path.join('d', '.lock.csv')]);
    writeFileSync(path.join(dir, 'hubs-eval.config.json'), JSON.stringify({ inputs: { compass: 'e/*.only.csv' } }));
    const problems = problemsOf(() => resolveInputs(loadConfig(undefined, dir)));
    expect(problems.join('\n')).toMatch(/"e\/\*\.only\.csv" matches only hidden files \(\.only\.csv\)/);
  });

  it('names the key, what was expected and what was found, for every kind of wrong value', () => {
    const { problems } = configFromRaw(
      {
        inputs: { compass: 5, surveyz: 'x' },
        sdc: { rateDecimals: 9 },
        hubs: [
          { id: 'all', name: 'X', started: '2021/23', localAuthorities: [{ oldCode: 202, newCode: 'E0900009X' }] },
        ],
        activities: { labels: { 'speed networking': 'party' } },
      },
      'c.json',
      '/tmp',
    );
    expect(problems).toEqual([
      'hubs[0].id: "all" is reserved for the all-hubs, national and programme rows',
      'hubs[0].started: expected an academic year (2023/24, 2023-24, 202324 or 2023 (= 2023/24)), found "2021/23"',
      'hubs[0].localAuthorities[0].newCode: expected an ONS code such as E09000007, found "E0900009X"',
      'hubs[0].localAuthorities[0].name: required, but missing',
      'inputs.compass: expected a path, a glob or a list of them, found number 5',
      'inputs.surveyz: unknown key (allowed here: institutions, compass, destinations, neet, activities, surveys, ' +
        'evidence)',
      'sdc.rateDecimals: expected a whole number from 0 to 6, found number 9',
      'activities.labels."speed networking": expected employer_encounter, workplace_experience, teacher_cpd, other, ' +
        'found "party"',
    ]);
  });

  it('London hubs started in 2021/22, West is led by Education Development Trust, rates default to 1 decimal', () => {
    const config = loadConfig(undefined, tempDir());
    expect(config.hubs.map((h) => h.started)).toEqual(['2021/22', '2021/22', '2021/22', '2021/22']);
    expect(config.hubs.find((h) => h.id === 'west')?.lead).toBe('Education Development Trust');
    expect(config.sdc.rateDecimals).toBe(1);
  });
});
