import { type AcademicYear, academicYear } from '../model/year.js';

export const ACCEPTED_YEAR_FORMS = '2023/24, 2023-24, 202324 or 2023 (= 2023/24)';

/** Parses an academic year in any accepted form; returns undefined when the text is not one. */
export function parseAcademicYear(text: string): AcademicYear | undefined {
  const s = text.trim();
  let m = /^(\d{4})[/-](\d{2})$/.exec(s);
  if (m) return consecutive(Number(m[1]), Number(m[2]));
  m = /^(\d{4})(\d{2})$/.exec(s);
  if (m) return consecutive(Number(m[1]), Number(m[2]));
  m = /^(\d{4})$/.exec(s);
  if (m) return academicYear(Number(m[1]));
  return undefined;
}

function consecutive(start: number, endTwoDigits: number): AcademicYear | undefined {
  if (start < 1900 || start > 2999) return undefined;
  return (start + 1) % 100 === endTwoDigits ? academicYear(start) : undefined;
}
