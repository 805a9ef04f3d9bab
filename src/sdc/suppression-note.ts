/** Why a figure was withheld. */
export type SuppressionReason =
  | 'small-count'
  | 'small-numerator'
  | 'small-complement'
  | 'small-denominator'
  | 'rounds-small'
  | 'few-institutions'
  | 'secondary'
  | 'derived';

/** The thresholds the wording quotes. */
export interface SuppressionThresholds {
  readonly threshold: number;
  readonly minInstitutions: number;
}

/** The note written on a suppressed row; the one place this wording lives. */
export function suppressionNote(reason: SuppressionReason, t: SuppressionThresholds): string {
  switch (reason) {
    case 'small-count':
      return `suppressed: fewer than ${t.threshold} people`;
    case 'small-numerator':
      return `suppressed: fewer than ${t.threshold} people have this outcome`;
    case 'small-complement':
      return `suppressed: fewer than ${t.threshold} people in the group do not have this outcome`;
    case 'small-denominator':
      return `suppressed: fewer than ${t.threshold} people in the group`;
    case 'rounds-small':
      return `suppressed: a count would round to fewer than ${t.threshold} people`;
    case 'few-institutions':
      return `suppressed: fewer than ${t.minInstitutions} institutions`;
    case 'secondary':
      return 'suppressed: would let another suppressed figure be worked out by subtraction';
    case 'derived':
      return 'suppressed: worked out from a suppressed figure, which it would give away';
  }
}
