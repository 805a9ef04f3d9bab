export type EvidenceType = 'quote' | 'case-study' | 'lesson';
export const EVIDENCE_TYPES: readonly EvidenceType[] = ['quote', 'case-study', 'lesson'];

/** Themes the report places evidence by: each names the chapter the item illustrates. */
export const EVIDENCE_THEMES = ['employer-encounters', 'compass', 'send', 'smes', 'destinations', 'neet'] as const;

/** A quote, case study or lesson learned, from a Markdown file with front matter. */
export interface EvidenceItem {
  readonly file: string;
  readonly type: EvidenceType;
  /** A hub id from the config, or `all`. */
  readonly hub: string;
  readonly theme: string;
  /** Where it comes from, e.g. "school and college survey", "interview with a Careers Leader". */
  readonly source: string;
  /** The speaker's role, for attributing a quote ("a Careers Leader"); never a name. */
  readonly role: string | null;
  readonly title: string | null;
  /** True only when the front matter says `consent: true`; other items are never published. */
  readonly consent: boolean;
  /** The Markdown body. */
  readonly body: string;
}
