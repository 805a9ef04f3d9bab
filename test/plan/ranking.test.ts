import { describe, expect, it } from 'vitest';
import { byValueThenName } from '../../src/plan/ranking.js';

describe('byValueThenName', () => {
  it('breaks ties by name, whatever the input order', () => {
    const hubs = [
      { name: 'West', value: 2.1 },
      { name: 'Central', value: 2.1 },
      { name: 'East', value: 1.9 },
      { name: 'North', value: 2.1 },
    ];
    const order = (xs: typeof hubs) => [...xs].sort(byValueThenName((h) => h.value)).map((h) => h.name);
    expect(order(hubs)).toEqual(['East', 'Central', 'North', 'West']);
    expect(order([...hubs].reverse())).toEqual(['East', 'Central', 'North', 'West']);
  });
});
