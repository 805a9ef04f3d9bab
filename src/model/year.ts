/** An academic year written `2023/24`: 1 September 2023 to 31 August 2024. */
export type AcademicYear = string & { readonly __brand: 'AcademicYear' };

export function academicYear(startYear: number): AcademicYear {
  const end = String((startYear + 1) % 100).padStart(2, '0');
  return `${startYear}/${end}` as AcademicYear;
}

export function startYearOf(year: AcademicYear): number {
  return Number(year.slice(0, 4));
}

export function nextYear(year: AcademicYear, by = 1): AcademicYear {
  return academicYear(startYearOf(year) + by);
}

/** The academic year a calendar date falls in (1 Sep - 31 Aug). */
export function academicYearOfDate(iso: string): AcademicYear {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return academicYear(m >= 9 ? y : y - 1);
}

export function compareYears(a: AcademicYear, b: AcademicYear): number {
  return startYearOf(a) - startYearOf(b);
}

export function yearRange(from: AcademicYear, to: AcademicYear): AcademicYear[] {
  const out: AcademicYear[] = [];
  for (let y = startYearOf(from); y <= startYearOf(to); y++) out.push(academicYear(y));
  return out;
}
