import { describe, expect, it } from 'vitest';
import { wrapUnbreakable } from '../../src/render/unbreakable-tokens.js';

const span = (t: string) => `<span class="token">${t}</span>`;

describe('wrapUnbreakable', () => {
  it('keeps year ranges, separated numbers, ids and file names whole', () => {
    expect(wrapUnbreakable('From 2014/15 to 2021/22, 1,648,490 pupils (94.3%) rose.')).toBe(
      `From ${span('2014/15 to 2021/22')}, ${span('1,648,490')} pupils (${span('94.3%')}) rose.`,
    );
    expect(wrapUnbreakable('apprenticeship_change_pp in compass/compass-2020-21.csv')).toBe(
      `${span('apprenticeship_change_pp')} in ${span('compass/compass-2020-21.csv')}`,
    );
    // A breakdown id and a quoted DfE field name, as Annex A prints them.
    expect(wrapUnbreakable('breakdown same_institutions: pooled &quot;all_notsust&quot; / cohort')).toBe(
      `breakdown ${span('same_institutions')}: pooled &quot;${span('all_notsust')}&quot; / cohort`,
    );
  });

  it('leaves words, short tokens and HTML entities alone, and a closing full stop outside', () => {
    expect(wrapUnbreakable('Careers &amp; Enterprise: it&#x27;s 5, e.g. here.')).toBe(
      'Careers &amp; Enterprise: it&#x27;s 5, e.g. here.',
    );
    expect(wrapUnbreakable('in 2023/24.')).toBe(`in ${span('2023/24')}.`);
  });

  it('keeps an interval in brackets and a value with its unit whole, as the hubs compared table prints them', () => {
    expect(wrapUnbreakable('5.3 (5.0 to 5.6)')).toBe(`5.3 ${span('(5.0 to 5.6)')}`);
    expect(wrapUnbreakable('-0.1 pp (-0.198 to -0.002)')).toBe(`${span('-0.1 pp')} ${span('(-0.198 to -0.002)')}`);
    expect(wrapUnbreakable('14.0% (9.6 to 20.0)')).toBe(`${span('14.0%')} ${span('(9.6 to 20.0)')}`);
    // A bracket that is not an interval keeps only its number whole.
    expect(wrapUnbreakable('(95% CI 5.0% to 5.6%)')).toBe(`(95% CI ${span('5.0%')} to ${span('5.6%')})`);
  });
});
