/**
 * Personal data a quote or case study must not carry into a published report: what the ICO's guidance on
 * anonymisation lists as direct identifiers that appear in free text. Found by pattern, so a hit is a prompt to
 * check, never proof: `validate` and `report` warn, `--strict` refuses.
 */
export type PersonalDataKind =
  | 'an e-mail address'
  | 'a UK phone number'
  | 'a date of birth'
  | 'a National Insurance number'
  | 'a postcode';

export interface PersonalDataHit {
  readonly kind: PersonalDataKind;
  /** Offset of the match in the text. */
  readonly index: number;
  readonly text: string;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = [
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})`,
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}`,
]
  .map((d) => `(?:${d})`)
  .join('|');

const PATTERNS: readonly { readonly kind: PersonalDataKind; readonly pattern: RegExp }[] = [
  { kind: 'an e-mail address', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  // Ofcom numbering: 0 and 9 or 10 more digits, or +44 and 9 or 10; spaces, hyphens and brackets as people write them.
  { kind: 'a UK phone number', pattern: /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s()-]{7,14}\d(?!\d)/g },
  // A date is personal only as someone's birth date: a date beside "born", "DOB" or "birthday".
  {
    kind: 'a date of birth',
    pattern: new RegExp(
      String.raw`\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birthday)\W{0,3}` + `(?:${DATE})`,
      'gi',
    ),
  },
  // HMRC's format: two prefix letters (not D, F, I, Q, U, V; O not second; BG, GB, NK, KN, TN, NT, ZZ unused),
  // six digits, a suffix A to D; written in capitals, with or without spaces. QQ, never issued, is HMRC's own
  // example (QQ 12 34 56 C), the one a quote is likeliest to carry as a stand-in: it counts too.
  {
    kind: 'a National Insurance number',
    pattern: /\b(?:QQ|(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g,
  },
  // A full postcode (outward and inward code, Royal Mail's format) in capitals; an outward code alone ("N1") names
  // an area, not a household.
  {
    kind: 'a postcode',
    pattern:
      /\b(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPS-UW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})\b/g,
  },
];

/** Every hit in the text, in order of position; a phone-like run inside an e-mail address counts once. */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const { kind, pattern } of PATTERNS)
    for (const m of text.matchAll(pattern)) {
      if (kind === 'a UK phone number' && !isPhoneNumber(m[0])) continue;
      const hit = { kind, index: m.index, text: m[0] };
      if (!hits.some((h) => overlaps(h, hit))) hits.push(hit);
    }
  return hits.sort((a, b) => a.index - b.index);
}

/** 0 and 10 or 11 digits in all (020 7946 0958, 07700 900456), or +44 and 10 or 11 (the 0 dropped, or kept). */
function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+44')) return digits.length >= 11 && digits.length <= 13;
  return digits.startsWith('0') && digits.length >= 10 && digits.length <= 11;
}

function overlaps(a: PersonalDataHit, b: PersonalDataHit): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** The hit as a message may quote it: letters and digits but the first and last hidden, so a log holds no copy. */
export function masked(text: string): string {
  return text.replace(/[A-Za-z0-9]/g, (c, k: number) => (k === 0 || k === text.length - 1 ? c : '*'));
}

export const PERSONAL_DATA_EXPECTED =
  'no e-mail addresses, phone numbers, dates of birth, National Insurance numbers or postcodes';

/** Says what was found, never the data itself: the annex of warnings is published. */
export function personalDataMessage(kind: PersonalDataKind): string {
  return `may hold personal data (${kind}), and evidence text is published: remove it or anonymise it`;
}
