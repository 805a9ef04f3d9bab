import { describe, expect, it } from 'vitest';
import { configFromRaw } from '../../src/config/validate-config.js';

const hub = {
  id: 'east',
  name: 'East',
  localAuthorities: [{ oldCode: '301', newCode: 'E09000002', name: 'Barking and Dagenham' }],
};

describe('groups defined by members and programme strands', () => {
  it('reads a group by register column and one by URNs, with their years, kind and strands', () => {
    const { config, problems } = configFromRaw(
      {
        hubs: [hub],
        groups: [
          {
            id: 'hospitality',
            name: 'Hospitality',
            kind: 'sector cluster',
            lead: 'A college',
            started: '2020/21',
            ended: '2022-23',
            membersFrom: { column: 'cluster', value: 'hospitality' },
          },
          { id: 'bbg', name: 'Barnet', kind: 'cluster', started: '2020', members: ['100003', 100006] },
        ],
        strands: [
          { id: 'hubs', name: 'Careers Hubs', groups: ['east'] },
          { id: 'clusters', name: 'Careers Clusters', groups: ['hospitality', 'bbg'], legacy: 'staff.Q4' },
        ],
      },
      'c.json',
      '/tmp',
    );
    expect(problems).toEqual([]);
    expect(config.groups).toEqual([
      {
        id: 'hospitality',
        name: 'Hospitality',
        kind: 'sector cluster',
        lead: 'A college',
        started: '2020/21',
        ended: '2022/23',
        members: { by: 'column', column: 'cluster', value: 'hospitality' },
      },
      {
        id: 'bbg',
        name: 'Barnet',
        kind: 'cluster',
        lead: '',
        started: '2020/21',
        ended: null,
        members: { by: 'urns', urns: ['100003', '100006'] },
      },
    ]);
    expect(config.strands.map((s) => [s.id, s.groups, s.legacy])).toEqual([
      ['hubs', ['east'], null],
      ['clusters', ['hospitality', 'bbg'], 'staff.Q4'],
    ]);
  });

  it('defaults to one strand, Careers Hubs, of the area hubs', () => {
    const { config } = configFromRaw({ hubs: [hub] }, 'c.json', '/tmp');
    expect(config.groups).toEqual([]);
    expect(config.strands).toEqual([{ id: 'careers-hubs', name: 'Careers Hubs', groups: ['east'], legacy: null }]);
  });

  it('names the key of a group whose years are reversed or that has two kinds of members', () => {
    const { problems } = configFromRaw(
      {
        hubs: [hub],
        groups: [
          { id: 'x', name: 'X', kind: 'cluster', started: '2020/21', ended: '2019/20', members: ['100003'] },
          {
            id: 'y',
            name: 'Y',
            kind: 'cluster',
            started: '2020/21',
            members: ['100003'],
            membersFrom: { column: 'cluster', value: 'y' },
          },
          { id: 'z', name: 'Z', kind: 'hub', started: '2020/21', members: ['1'] },
        ],
      },
      'c.json',
      '/tmp',
    );
    expect(problems).toEqual([
      'groups[0].ended: ended is before started',
      'groups[1]: give exactly one of membersFrom (a register column value) or members (a list of URNs)',
      'groups[2].kind: expected "area hub", "cluster", "sector cluster", found "hub"',
      'groups[2].members[0]: expected a URN such as 100003, found "1"',
    ]);
  });

  it('names an id used twice, an unknown group in a strand, and a column groups cannot be read from', () => {
    const { problems } = configFromRaw(
      {
        hubs: [hub],
        groups: [
          { id: 'east', name: 'E', kind: 'cluster', started: '2020/21', members: ['100003'] },
          { id: 'y', name: 'Y', kind: 'cluster', started: '2020/21', membersFrom: { column: 'borough', value: 'a' } },
        ],
        strands: [{ id: 'clusters', name: 'Careers Clusters', groups: ['y', 'nowhere', 'y'] }],
      },
      'c.json',
      '/tmp',
    );
    expect(problems).toEqual([
      'groups[0].id: "east" is also a hub id; ids name one hub or group',
      'groups[1].membersFrom.column: "borough" is not a register column groups can be read from ("cluster"); ' +
        "list the members' URNs under members instead",
      'strands[0].groups[1]: no hub or group "nowhere" (the config has: east, y)',
      'strands[0].groups[2]: "y" is listed twice',
    ]);
  });
});
