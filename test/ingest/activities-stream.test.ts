import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activitiesReader } from '../../src/ingest/activities.js';
import type { Activity } from '../../src/model/records.js';

const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data-samples/activities/activities-2021-22.csv',
);

describe('activities read as a stream', () => {
  it('passes every record to the sink instead of keeping it, with the same summary, problems and URNs', async () => {
    const kept = await activitiesReader.read(SAMPLE, { activityLabels: {} });
    const streamed: Activity[] = [];
    const result = await activitiesReader.read(SAMPLE, { activityLabels: {}, onActivity: (a) => streamed.push(a) });
    expect(result.records).toEqual([]);
    expect(streamed).toEqual(kept.records);
    expect(result.summary).toEqual(kept.summary);
    expect(result.problems).toEqual(kept.problems);
    // Each URN with the line it first appears on (header = line 1), as the records give it.
    const first = new Map<string, number>();
    for (const a of kept.records) if (!first.has(a.urn)) first.set(a.urn, a.source.line);
    expect([...(result.urnLines ?? [])]).toEqual([...first]);
    // data-samples/activities/activities-2021-22.csv: 11,500 data rows, none excluded.
    expect(streamed).toHaveLength(11_500);
  });
});
