import { describe, expect, it } from 'vitest';
import { htmlWithoutProvenance, publicationHits } from './publication-text.js';

describe('the publication text check', () => {
  it('names each planted path, digest, file name, code and placeholder', () => {
    const text = [
      'Read from data-samples/neet/synthetic_nccis_neet_2020.csv and /tmp/out/ on C:\\data\\x.csv.',
      'Digest 572644c78ccf, the Compass export compass-2019-20.csv and notes.md and book.XLSX.',
      'The measure neet_or_not_known_pct, the column all_notsust and question staff.Q2.',
      'Value {{value}}, undefined, NaN and null.',
    ].join('\n');
    const hits = publicationHits(text).map((h) => h.slice(0, h.indexOf('" in ') + 1));
    expect(hits.sort()).toEqual(
      [
        'file path "data-samples/neet/synthetic_nccis_neet_2020.csv"',
        'file path "/tmp/out/"',
        'file path "C:\\data\\x.csv"',
        'hex hash "572644c78ccf"',
        'file name "synthetic_nccis_neet_2020.csv"',
        'file name "x.csv"',
        'file name "compass-2019-20.csv"',
        'file name "notes.md"',
        'file name "book.XLSX"',
        'code "synthetic_nccis_neet_2020"',
        'code "neet_or_not_known_pct"',
        'code "all_notsust"',
        'code "staff.Q2"',
        'measure id "neet_or_not_known_pct"',
        'placeholder "{{"',
        'placeholder "}}"',
        'placeholder "undefined"',
        'placeholder "NaN"',
        'placeholder "null"',
      ].sort(),
    );
    expect(publicationHits(text)[0]).toContain('Read from data-samples/neet/');
  });

  it('passes prose with years, rates, web addresses and plain words that are also measure ids', () => {
    const text =
      'From 2021/22 to 2023/24, 91.2% (89.0% to 93.1%) of schools; see https://www.gov.uk/a/b.csv. ' +
      'Students took part in activities and/or events; 12345678 pupils; the facade was beaded.';
    expect(publicationHits(text)).toEqual([]);
  });

  it('leaves out the provenance annex, and only it', () => {
    const html =
      '<main><section id="annex-c" class="level-1">C</section><section id="annex-d" class="level-1">a.csv' +
      '<section id="annex-d-1" class="level-2">b</section></section><section id="accessibility" class="level-1">' +
      'A</section></main>';
    expect(htmlWithoutProvenance(html)).toBe(
      '<main><section id="annex-c" class="level-1">C</section><section id="accessibility" class="level-1">' +
        'A</section></main>',
    );
  });
});
