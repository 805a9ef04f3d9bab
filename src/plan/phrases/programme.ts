import { cap, countWord } from './words.js';

/**
 * Membership counted from before the hubs began, said where the chart starts: "Membership is counted from 2016/17:
 * before the hubs began in 2021/22, a school or college counts as a member from the year it joined the programmes
 * the hubs took over (London Enterprise Adviser Network, 2016 to 2020; London Careers Clusters, 2020 to 2023)."
 */
export function predecessorsSentence(
  first: string,
  started: string,
  predecessors: readonly { readonly name: string; readonly period: string }[],
): string {
  const named = predecessors.length
    ? `the programmes the hubs took over (${predecessors.map((p) => `${p.name}, ${p.period}`).join('; ')})`
    : 'the programmes that preceded the hubs';
  return (
    `Membership is counted from ${first}: before the hubs began in ${started}, a school or college counts as a ` +
    `member from the year it joined ${named}.`
  );
}

/** The SME chart's title: how many SMEs the hubs worked with and how many completed an engagement (exact counts). */
export function smeChartTitle(engaged: string, meeting: string, threshold: number, where: string): string {
  return `${cap(where)} worked with ${engaged} SMEs, ${meeting} of them in ${countWord(threshold)} or more activities`;
}
