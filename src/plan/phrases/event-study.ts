/** Report words about the years before the hubs began (the chart band) and the event study. */

/** The name on the band that shades the years before the start. */
export function beforeBandLabel(starts: 'one' | 'several'): string {
  return starts === 'one' ? 'Before the hubs' : 'Before the first hub';
}

/** The sentence a chart's alt text gains for its band. */
export function beforeBandAlt(started: string, starts: 'one' | 'several'): string {
  return starts === 'one'
    ? `The shaded band marks the years before the hubs began in ${started}.`
    : `The shaded band marks the years before the first hub began, in ${started}.`;
}
