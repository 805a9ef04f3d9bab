import { CATALOGUE } from '../../src/model/measures/index.js';

/**
 * What a published evaluation never prints in its body: the evaluator's pipeline text (file paths, digests, file
 * names, measure ids, column and question codes) and a template's leftovers. Each hit is named with the text
 * around it, so a failing test says where to look.
 */
const RULES: readonly { kind: string; pattern: RegExp }[] = [
  // A path: a token with a slash that ends in a file name, or starts at the root, home or the current folder.
  { kind: 'file path', pattern: /(?<![\w/])(?:[\w.-]+\/)+[\w-]+\.[A-Za-z]{2,5}\b/g },
  { kind: 'file path', pattern: /(?<![\w.])(?:~|\.{1,2})?\/(?:[\w.-]+\/)+/g },
  { kind: 'file path', pattern: /\b[A-Za-z]:\\(?:[\w.-]+\\)*[\w-]+(?:\.\w+)?/g },
  // A hex digest or a fragment of one: eight or more hex digits with at least one letter and one digit.
  { kind: 'hex hash', pattern: /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/g },
  { kind: 'file name', pattern: /\b[\w-]+(?:\.[\w-]+)*\.(?:csv|xlsx|md)\b/gi },
  // A column, field or id in snake case (sme_declaration, all_notsust, Q5_2).
  { kind: 'code', pattern: /\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b/g },
  // A survey question's id (staff.Q2).
  { kind: 'code', pattern: /\b[a-z][\w-]*\.Q\d+\b/g },
  { kind: 'placeholder', pattern: /\{\{|\}\}|\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]/g },
];

/** The catalogue's ids that could not be an English word (every id with an underscore). */
const MEASURE_IDS = [...CATALOGUE.keys()].filter((id) => id.includes('_'));

export function publicationHits(text: string): string[] {
  // A web address is a citation (the licence, a publisher's page), not a path on the evaluator's machine.
  const flat = text.replace(/\s+/g, ' ').replace(/https?:\/\/\S+/g, '<address>');
  const around = (at: number, length: number) => flat.slice(Math.max(0, at - 40), at + length + 40).trim();
  const hits: string[] = [];
  for (const { kind, pattern } of RULES) {
    for (const m of flat.matchAll(pattern)) hits.push(`${kind} "${m[0]}" in "…${around(m.index, m[0].length)}…"`);
  }
  for (const id of MEASURE_IDS) {
    for (const m of flat.matchAll(new RegExp(`\\b${id}\\b`, 'g'))) {
      hits.push(`measure id "${id}" in "…${around(m.index, id.length)}…"`);
    }
  }
  return hits;
}

/** The HTML edition's body without its provenance annex, the one place digests and file names belong. */
export function htmlWithoutProvenance(html: string): string {
  return html.replace(/<section id="annex-d"[\s\S]*?(?=<section id="[^"]*" class="level-1|<\/main>)/, '');
}
