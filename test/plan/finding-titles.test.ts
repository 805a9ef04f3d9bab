import { describe, expect, it } from 'vitest';
import {
  type Gap,
  gapPhrase,
  gapTitle,
  hubChange,
  hubChangesSentence,
  hubChangesTitle,
} from '../../src/plan/phrases/index.js';
import { row } from './plan-input.js';

/** A hub's change row; `verdict` is the word fixed on the unrounded interval, as the metrics give it. */
function change(hub: string, value: number | null, low: number | null, high: number | null, verdict?: 'unclear') {
  return hubChange(
    hub,
    row('apprenticeship_change_pp', hub, '2014/15-2021/22', 'total', value, {
      ci_low: low,
      ci_high: high,
      ...(verdict ? { verdict } : {}),
    }),
  );
}

const SPAN = { period: '2014/15-2021/22', since: false };
const FALLBACK = 'Sustained apprenticeship rates, 2014/15 to 2021/22';

describe('hubChangesTitle: a trend chart title from the prose classifier', () => {
  it('says "fell" only for hubs whose interval excludes zero, and names a suppressed hub', () => {
    const items = [
      change('Central', null, null, null),
      change('East', -1.2, -1.9, -0.5),
      change('South', -0.8, -1.4, -0.2),
      change('West', 0.3, -0.4, 1.0),
    ];
    expect(hubChangesTitle('the sustained apprenticeship rate', items, SPAN, FALLBACK)).toBe(
      'The sustained apprenticeship rate fell in East and South; no clear change in West (Central suppressed), ' +
        '2014/15 to 2021/22',
    );
    // The same word as the paragraph.
    expect(hubChangesSentence('the rate', items)).toMatch(/^the rate fell in East and South/);
  });

  it('follows the verdict fixed on the unrounded interval, not the rounded limits', () => {
    // Rounded limits (-1.0 to -0.0) look as if they exclude zero; the unrounded interval did not: no claim.
    const items = [change('East', -0.5, -1.0, -0.0, 'unclear')];
    const title = hubChangesTitle('the rate', items, { period: '2020/21-2021/22', since: true }, FALLBACK);
    expect(title).toBe('The rate showed no clear change in East, since the hubs began (2020/21 to 2021/22)');
    expect(hubChangesSentence('the rate', items)).toBe('the rate in East showed no clear change');
  });

  it('rises in every hub, and the neutral fallback when no change could be compared', () => {
    const rises = [change('East', 1.1, 0.4, 1.8), change('West', 0.9, 0.2, 1.6)];
    expect(hubChangesTitle('the rate', rises, SPAN, FALLBACK)).toBe('The rate rose in every hub, 2014/15 to 2021/22');
    expect(hubChangesTitle('the rate', [change('East', null, null, null)], SPAN, FALLBACK)).toBe(FALLBACK);
  });
});

describe('gapTitle: a gap chart title from the prose classifier', () => {
  const gap = (name: string, value: number, low: number, high: number): Gap => ({ name, value, low, high });

  it('says "above" only when every hub is clearly above, as gapPhrase does', () => {
    const above = [gap('East', 1.2, 0.4, 2.0), gap('West', 0.8, 0.1, 1.5)];
    expect(gapTitle('sustained EET rate', above, 'England', 'for the 2021/22 cohort', FALLBACK)).toBe(
      "Every hub's sustained EET rate was above England's for the 2021/22 cohort",
    );
    expect(gapPhrase(above, 'England')).toMatch(/above England$/);
  });

  it('keeps the neutral title when the hubs differ or one gap includes zero', () => {
    const mixed = [gap('East', 1.2, 0.4, 2.0), gap('West', 0.3, -0.2, 0.8)];
    expect(gapTitle('sustained EET rate', mixed, 'England', 'for the 2021/22 cohort', FALLBACK)).toBe(FALLBACK);
    const similar = [gap('West', 0.3, -0.2, 0.8)];
    expect(gapTitle('sustained EET rate', similar, 'England', 'for the 2021/22 cohort', FALLBACK)).toBe(
      "West's sustained EET rate was similar to England's for the 2021/22 cohort",
    );
  });
});
