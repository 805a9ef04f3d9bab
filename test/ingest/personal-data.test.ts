import { describe, expect, it } from 'vitest';
import { findPersonalData, masked } from '../../src/ingest/personal-data.js';

const found = (text: string) => findPersonalData(text).map((h) => [h.kind, h.text]);

describe('findPersonalData', () => {
  it('finds e-mail addresses, UK phone numbers as people write them, dates of birth, NI numbers, postcodes', () => {
    // Ofcom's drama numbers (07700 900xxx, 020 7946 0xxx, 01632 960xxx) and HMRC's example NI number.
    expect(found('Contact me on 07700 900456')).toEqual([['a UK phone number', '07700 900456']]);
    expect(found('ring 07700900456, or +44 (0)20 7946 0958, or (01632) 960123')).toEqual([
      ['a UK phone number', '07700900456'],
      ['a UK phone number', '+44 (0)20 7946 0958'],
      ['a UK phone number', '(01632) 960123'],
    ]);
    expect(found('write to mr.patel@barnet-school.sch.uk today')).toEqual([
      ['an e-mail address', 'mr.patel@barnet-school.sch.uk'],
    ]);
    expect(found('DOB: 3 March 2008; date of birth 2008-03-03; born on 12/05/2009')).toEqual([
      ['a date of birth', 'DOB: 3 March 2008'],
      ['a date of birth', 'date of birth 2008-03-03'],
      ['a date of birth', 'born on 12/05/2009'],
    ]);
    expect(found('NI QQ 12 34 56 C or AB123456D')).toEqual([
      ['a National Insurance number', 'QQ 12 34 56 C'],
      ['a National Insurance number', 'AB123456D'],
    ]);
    expect(found('lives at SW1A 1AA, near N1 9GU and EC1A1BB')).toEqual([
      ['a postcode', 'SW1A 1AA'],
      ['a postcode', 'N1 9GU'],
      ['a postcode', 'EC1A1BB'],
    ]);
  });

  it('leaves the numbers evidence is made of alone: years, counts, dates of events, codes, outward codes', () => {
    for (const text of [
      'In 2023-24, 120 students in Year 10 took part; the fair ran on 01/10/2023.',
      '1,234,567 pupils; 0 to 100; 12.5% of 3,025',
      'URN 100001, LA E09000007, UKPRN 10000123, code 202',
      'Schools in N1 and SW1 took part.',
      'Mr Patel at Barnet School was helpful.',
      'GB 12 34 56 A is not issued; nor is a number with the prefix ZZ: ZZ123456A',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('masks a hit to its first and last character and its punctuation', () => {
    expect(masked('07700 900456')).toBe('0**** *****6');
    expect(masked('jo@example.com')).toBe('j*@*******.**m');
  });
});
