import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { msg } from '../../src/cli/messages.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { EXIT, UserError } from '../../src/errors.js';
import { runMsg } from '../../src/pipeline/messages.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/clusters');

async function validate(cwd: string, json: boolean) {
  const term = memoryTerminal();
  const code = await validateCommand({ cwd, config: 'config.json', files: [], kind: undefined, json }, term);
  return { code, out: term.stdout.join('\n') };
}

describe('validate lists the hubs and member-defined groups', () => {
  it('with each member count, the years it ran and its overlaps with other groups', async () => {
    const { code, out } = await validate(FIXTURE, false);
    expect(code).toBe(0);
    // Worked from fixtures/clusters: east's joined members 100001, 100003; west's 100005; hosp (cluster column)
    // 100001, 100002; build (URNs) 100002, 100005.
    const line = (id: string, name: string, kind: string, members: number, from: string | null, to: string | null) =>
      msg.groupLine({ id, name, kind, members, from, to }, OVERLAPS[id] ?? []);
    const OVERLAPS: Record<string, { other: string; shared: number }[]> = {
      east: [{ other: 'hosp', shared: 1 }],
      west: [{ other: 'build', shared: 1 }],
      hosp: [
        { other: 'east', shared: 1 },
        { other: 'build', shared: 1 },
      ],
      build: [
        { other: 'west', shared: 1 },
        { other: 'hosp', shared: 1 },
      ],
    };
    expect(out).toContain(
      [
        msg.groupsHeading(4),
        line('east', 'East', 'area hub', 2, null, null),
        line('west', 'West', 'area hub', 1, null, null),
        line('hosp', 'Hospitality', 'sector cluster', 2, '2020/21', '2021/22'),
        line('build', 'Construction', 'sector cluster', 2, '2020/21', '2020/21'),
      ].join('\n'),
    );
    expect(line('build', 'Construction', 'sector cluster', 2, '2020/21', '2020/21')).toBe(
      '  build (Construction, sector cluster): 2 members, ran 2020/21 to 2020/21; overlaps: west 1, hosp 1',
    );
  });

  it('stops with a config error (exit 2) at the key of a URN that is not in the register', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-groups-'));
    for (const f of ['institutions.csv', 'outputs.csv']) copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
    const config = JSON.parse(readFileSync(path.join(FIXTURE, 'config.json'), 'utf8'));
    config.groups[1].members = ['100002', '999999', '100005'];
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
    const error = await validate(dir, true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const e = error as UserError;
    expect(e.exitCode).toBe(EXIT.usage);
    expect(e.message).toBe(runMsg.groupMembersNotInRegister(1));
    expect(e.hint).toBe(runMsg.groupMembersHint());
    expect(e.details).toEqual([
      'groups[1].members[1]: URN 999999 is not in the institutions register (institutions.csv)',
    ]);
  });
});
