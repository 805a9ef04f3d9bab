/**
 * Area codes in DfE and NCCIS files: ONS GSS codes, a letter for the country and eight digits (E09000007 for
 * Camden, E12000007 for London, E92000001 for England; ONS "Code History Database"), or the DfE's old 3-digit
 * LA number (202). A code of neither form (E0900009X, a typo or a corrupted cell) cannot be matched to a hub.
 */
const GSS = /^[A-Z]\d{8}$/;
const OLD_LA = /^\d{3}$/;

export const AREA_CODE_FORMS = 'an ONS area code (a letter and 8 digits, e.g. E09000007) or an old 3-digit LA code';

export function isAreaCode(code: string): boolean {
  return GSS.test(code) || OLD_LA.test(code);
}
