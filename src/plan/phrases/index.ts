/**
 * Every sentence pattern the report uses to state a finding, by topic. Directions come from the one classifier in
 * stats/change.ts: "rose", "fell", "above", "below", "most" and "least" only where the 95% interval supports them;
 * otherwise "no clear change", "similar" or a named tie. Suppressed figures are said to be suppressed, never 0.
 */
export * from './changes.js';
export * from './comparison-groups.js';
export * from './comparisons.js';
export * from './estimates.js';
export * from './event-study.js';
export * from './evidence.js';
export * from './figures.js';
export * from './impact.js';
export * from './multiplicity.js';
export * from './programme.js';
export * from './sources.js';
export * from './strands.js';
export * from './surveys.js';
export * from './words.js';
