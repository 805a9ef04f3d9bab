import type { InstitutionType } from '../model/records.js';

/** "Sixth-Form  College" = "sixth form college": case, hyphens, underscores, slashes and spacing ignored. */
export function typeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-/.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Spellings accepted in the `type` column of a hub register, by typeKey. Our six types follow the DfE's
 * institution groups in KS4 destination measures (state-funded mainstream, special, alternative provision)
 * plus the two 16-19 college types Careers Hubs work with. Phase words ("secondary") and governance words
 * ("academy", "free school") name mainstream schools unless they say special or AP.
 * Anything not listed is an error, so a typo never silently becomes "other".
 */
export const REGISTER_TYPES: Readonly<Record<string, InstitutionType>> = {
  mainstream: 'mainstream',
  'mainstream school': 'mainstream',
  'state funded mainstream': 'mainstream',
  secondary: 'mainstream',
  'secondary school': 'mainstream',
  'all through': 'mainstream',
  'all through school': 'mainstream',
  'middle school': 'mainstream',
  school: 'mainstream',
  academy: 'mainstream',
  'secondary academy': 'mainstream',
  'free school': 'mainstream',
  'maintained school': 'mainstream',
  'la maintained school': 'mainstream',
  'community school': 'mainstream',
  'foundation school': 'mainstream',
  'voluntary aided school': 'mainstream',
  'voluntary controlled school': 'mainstream',
  'studio school': 'mainstream',
  utc: 'mainstream',
  'university technical college': 'mainstream',

  special: 'special',
  'special school': 'special',
  'special academy': 'special',
  'special free school': 'special',
  'free school special': 'special',
  'non maintained special school': 'special',
  send: 'special',
  'send school': 'special',
  'sen school': 'special',

  'alternative provision': 'alternative_provision',
  ap: 'alternative_provision',
  'ap academy': 'alternative_provision',
  'ap free school': 'alternative_provision',
  'alternative provision academy': 'alternative_provision',
  'alternative provision free school': 'alternative_provision',
  pru: 'alternative_provision',
  'pupil referral unit': 'alternative_provision',

  'fe college': 'fe_college',
  fe: 'fe_college',
  gfe: 'fe_college',
  'gfe college': 'fe_college',
  'further education': 'fe_college',
  'further education college': 'fe_college',
  'general fe college': 'fe_college',
  'general further education college': 'fe_college',

  'sixth form college': 'sixth_form_college',
  '6th form college': 'sixth_form_college',
  sfc: 'sixth_form_college',
  'sixth form centre': 'sixth_form_college',
  'sixth form centres': 'sixth_form_college',

  other: 'other',
  independent: 'other',
  'independent school': 'other',
  'training provider': 'other',
  'independent training provider': 'other',
};

export function registerType(text: string): InstitutionType | undefined {
  return REGISTER_TYPES[typeKey(text)];
}

/**
 * GIAS `TypeOfEstablishment (name)` values (as published in edubasealldata*.csv) and our type for each.
 * Maintained, academy and free mainstream schools, UTCs and studio schools are state-funded mainstream;
 * special and AP follow GIAS's own special / AP types. Types not listed (independent schools, nurseries,
 * HE, Welsh establishments, secure units, 16-19 academies, children's centres, ...) are `other`.
 */
export const GIAS_TYPES: Readonly<Record<string, InstitutionType>> = {
  'Community school': 'mainstream',
  'Voluntary aided school': 'mainstream',
  'Voluntary controlled school': 'mainstream',
  'Foundation school': 'mainstream',
  'Academy converter': 'mainstream',
  'Academy sponsor led': 'mainstream',
  'Free schools': 'mainstream',
  'Studio schools': 'mainstream',
  'University technical college': 'mainstream',
  'City technology college': 'mainstream',

  'Community special school': 'special',
  'Foundation special school': 'special',
  'Non-maintained special school': 'special',
  'Academy special converter': 'special',
  'Academy special sponsor led': 'special',
  'Free schools special': 'special',

  'Pupil referral unit': 'alternative_provision',
  'Academy alternative provision converter': 'alternative_provision',
  'Academy alternative provision sponsor led': 'alternative_provision',
  'Free schools alternative provision': 'alternative_provision',

  'Further education': 'fe_college',
  'Sixth form centres': 'sixth_form_college',
};

const GIAS_BY_KEY = new Map(Object.entries(GIAS_TYPES).map(([name, type]) => [typeKey(name), type]));

/** False for a GIAS type that falls to `other` only because the table does not list it. */
export function isListedGiasType(typeName: string): boolean {
  return GIAS_BY_KEY.has(typeKey(typeName));
}

/**
 * Our type for a GIAS establishment. GIAS files sixth form colleges under "Further education" and tells
 * them apart only in `FurtherEducationType (name)`, so that column, when present, refines the FE type.
 */
export function giasType(typeName: string, furtherEducationType?: string): InstitutionType {
  const type = GIAS_BY_KEY.get(typeKey(typeName)) ?? 'other';
  if (
    type === 'fe_college' &&
    furtherEducationType !== undefined &&
    /sixth\s*form\s*college/i.test(furtherEducationType)
  )
    return 'sixth_form_college';
  return type;
}
