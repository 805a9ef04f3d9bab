/** "1 return", "2 returns": the counts in metric notes are read by people, so they agree in number. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
