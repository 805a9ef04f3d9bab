import { type DivergingRow, divergingBarChart } from '../../charts/diverging-bar.js';
import type { MeasureId } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import type { SurveyQuestion } from '../../model/survey.js';
import type { HubRef, PlanContext } from '../context.js';
import type { PlannedSurvey } from '../evidence-input.js';
import type { Cited } from '../figure-book.js';
import { formatCount, formatValue } from '../format.js';
import { ALL, chartBlock, hubsAndAll, paragraph, tableBlock } from '../parts/common.js';
import {
  cap,
  countWord,
  dontKnowInBaseSentence,
  favourableSentence,
  listNames,
  responseRate,
  SHARES_WITHHELD,
  type ShareFact,
  sharesPhrase,
  surveyResponseSentence,
  surveyWithheldNote,
} from '../phrases/index.js';
import type { Block, Section } from '../types.js';

const WILSON = '95% Wilson score interval';

/** A chapter per survey: who answered, then each closed question in the questionnaire's words, with n. */
export function surveySections(ctx: PlanContext): Section[] {
  return (ctx.input.evidence?.surveys ?? []).map((s) => surveySection(ctx, s));
}

function surveySection(ctx: PlanContext, s: PlannedSurvey): Section {
  const focus = ctx.input.hub ?? ALL;
  const cite = citer(ctx, s);
  const respondents = cite(row(ctx, 'survey_respondents', focus, s.data.id), 'respondents');
  const threshold = ctx.input.config.sdc.threshold;
  const intro = [
    surveyResponseSentence({
      respondents: s.respondents,
      responses: s.data.responses.length,
      invited: s.invited,
      unfinished: s.data.excluded.unfinished,
      empty: s.data.excluded.empty,
    }),
    s.period ? `It ran ${s.period}.` : '',
    // A one-hub report quotes that hub's answers: say how many they are.
    ctx.input.hub
      ? respondents.value === null
        ? `Too few of them were from the ${ctx.hubs[0]?.name} hub for its figures to be published ` +
          `(${respondents.text}).`
        : `${cap(respondents.words)} of them were from the ${ctx.hubs[0]?.name} hub; the figures below are theirs.`
      : '',
    s.data.placement
      ? `Figures are given for a hub where at least ${countWord(threshold)} of its ${s.respondents} responded.`
      : 'The export has no school, local authority or hub column, so the figures are for all respondents together.',
    'Shares are of those who answered each question; "don\'t know" answers are shown apart. Free-text answers ' +
      'are not published.',
  ].filter(Boolean);
  const blocks: Block[] = [paragraph(intro.join(' '), [respondents.id])];
  for (const q of s.data.questions) {
    if (q.type === 'likert' && q.scale) blocks.push(...likertBlocks(ctx, s, q));
    else if (q.type === 'single' || q.type === 'multi') blocks.push(...choiceBlocks(ctx, s, q));
  }
  const text = s.data.questions.filter((q) => q.type === 'text');
  if (text.length)
    blocks.push(
      paragraph(
        `The survey also asked ${listNames(text.map((q) => ({ name: `“${q.text}”` })))}; the free-text answers ` +
          'are kept for the evaluators and are not published.',
      ),
    );
  return { id: `survey-${slug(s.data.id)}`, title: s.title, level: 1, pageBreak: true, blocks };
}

function likertBlocks(ctx: PlanContext, s: PlannedSurvey, q: SurveyQuestion): Block[] {
  const focus = ctx.input.hub ?? ALL;
  const cite = citer(ctx, s);
  const key = `${s.data.id}.${q.id}`;
  const shares = q.options.map((o) => row(ctx, 'survey_response_pct', focus, `${key}: ${o}`));
  const cited = shares.map((r, k) => ({ r, c: cite(r, q.options[k] ?? '') }));
  const facts: ShareFact[] = cited
    .filter(({ r }) => r?.numerator)
    .map(({ r, c }, k) => ({
      label: r?.breakdown.slice(key.length + 2) ?? String(k),
      text: c.text,
      count: r?.numerator ?? null,
    }));
  const top = row(ctx, 'survey_top2_pct', focus, key);
  const topCited = cite(top, 'favourable answers');
  const dk = q.dontKnow.map((o) => row(ctx, 'survey_response_pct', focus, `${key}: ${o}`));
  const dkCount = dk.reduce((n, r) => n + (r?.numerator ?? 0), 0);
  const suppressed = top?.symbol === 'c';
  const text = suppressed
    ? `Asked “${q.text}”, too few responded for the answers to be published.` +
      (q.dontKnowInBase && q.dontKnow.length ? ` ${dontKnowInBaseSentence(q.text, q.dontKnow)}` : '')
    : `Asked “${q.text}”, ${facts.length ? sharesPhrase(facts) : SHARES_WITHHELD}. ` +
      favourableSentence(topCited.text, top?.ci_low ?? null, top?.ci_high ?? null, top?.denominator ?? null) +
      dontKnowClause(q, dk, dkCount);
  const series = surveySeries(ctx, s);
  const rows: DivergingRow[] = series.map((h) => divergingRow(ctx, key, q, h));
  const favourable = q.options
    .slice(0, q.scale?.favourable ?? 2)
    .join(' or ')
    .toLowerCase();
  const alt = suppressed
    ? `Answers to “${q.text}” by hub; figures withheld where too few responded.`
    : `${topCited.text} of ${top?.denominator ?? 'the'} respondents answered ${favourable} to “${q.text}”.`;
  return [
    paragraph(text, [...cited.map(({ c }) => c.id), topCited.id]),
    chartBlock(
      divergingBarChart({
        id: `survey-${slug(key)}`,
        title: q.text,
        subtitle: `${s.title}: share of respondents answering on the scale`,
        source: `${s.title}${s.period ? `, ${s.period}` : ''}`,
        alt,
        points: q.options,
        neutral: q.scale?.neutral ?? null,
        rows,
        labelTitle: 'Hub',
      }),
      rows.some((r) => r.withheld) ? surveyWithheldNote(ctx.input.config.sdc.threshold, true) : undefined,
    ),
  ];
}

/**
 * The hubs with published answers, then everyone: "All hubs" where answers are placed in hubs, "All respondents"
 * for an export with no school, LA or hub column (such as a survey of the Careers Clusters' schools).
 */
function surveySeries(ctx: PlanContext, s: PlannedSurvey): HubRef[] {
  return hubsAndAll(ctx)
    .filter((h) => row(ctx, 'survey_respondents', h.id, s.data.id))
    .map((h) => (h.id === ALL && !s.data.placement ? { ...h, name: 'All respondents' } : h));
}

/** Don't-know answers: counted in the base when the config says so (then given as a share), else apart. */
function dontKnowClause(q: SurveyQuestion, rows: readonly (MetricRow | undefined)[], count: number): string {
  if (!count) return '';
  const names = listNames(q.dontKnow.map((name) => ({ name: `“${name}”` })));
  if (!q.dontKnowInBase) return ` A further ${count} answered ${names} and are not counted in these shares.`;
  const share = rows.map((r) => (r?.value === null || r?.value === undefined ? '' : formatValue(r.value, 'pct')));
  return ` ${share.filter(Boolean).join(' and ')} (n=${count}) answered ${names}; they are counted in the shares.`;
}

function divergingRow(ctx: PlanContext, key: string, q: SurveyQuestion, h: HubRef): DivergingRow {
  const get = (o: string) => row(ctx, 'survey_response_pct', h.id, `${key}: ${o}`);
  const dk = q.dontKnow.map(get).filter((r): r is MetricRow => r !== undefined);
  const dkShare = dk.length ? dk.reduce((sum, r) => sum + (r.value ?? 0), 0) : null;
  const shares = q.options.map(get);
  return {
    label: h.name,
    shares: shares.map((r) => r?.value ?? null),
    symbols: shares.map((r) => r?.symbol ?? ''),
    dontKnow: dk.some((r) => r.value === null) ? null : dkShare,
    n: shares[0]?.denominator ?? null,
    withheld: shares.some((r) => r?.symbol === 'c'),
  };
}

function choiceBlocks(ctx: PlanContext, s: PlannedSurvey, q: SurveyQuestion): Block[] {
  const focus = ctx.input.hub ?? ALL;
  const cite = citer(ctx, s);
  const key = `${s.data.id}.${q.id}`;
  const options = [...q.options, ...q.dontKnow];
  const main = options.map((o) => ({ o, r: row(ctx, 'survey_response_pct', focus, `${key}: ${o}`) }));
  const ranked = [...main].sort((a, b) => (b.r?.numerator ?? 0) - (a.r?.numerator ?? 0)).slice(0, 3);
  const cited = ranked.map(({ o, r }) => ({ o, r, c: cite(r, o) }));
  const n = main[0]?.r?.denominator ?? null;
  const suppressed = main[0]?.r?.symbol === 'c';
  const many =
    q.type === 'multi' ? ' Respondents could choose more than one answer, so the shares add to more than 100%.' : '';
  const text = suppressed
    ? `Asked “${q.text}”, too few responded for the answers to be published.`
    : `Asked “${q.text}” (n=${n ?? 'not available'}), the most common answers were ` +
      `${sharesPhrase(cited.map(({ o, r, c }) => ({ label: o, text: c.text, count: r?.numerator ?? null })))}.${many}`;
  const series = surveySeries(ctx, s);
  const withheld = series.some((h) =>
    options.some((o) => row(ctx, 'survey_response_pct', h.id, `${key}: ${o}`)?.symbol === 'c'),
  );
  const withheldNote = withheld ? ` ${surveyWithheldNote(ctx.input.config.sdc.threshold, false)}` : '';
  return [
    paragraph(
      text,
      cited.map(({ c }) => c.id),
    ),
    tableBlock({
      id: `survey-${slug(key)}-table`,
      caption: `${q.text} (${s.title})`,
      columns: ['Answer', ...series.map((h) => h.name)],
      rows: [
        ...options.map((o) => [
          o,
          ...series.map((h) => ctx.book.cell(row(ctx, 'survey_response_pct', h.id, `${key}: ${o}`))),
        ]),
        [
          'Respondents (n)',
          ...series.map((h) => countCell(row(ctx, 'survey_response_pct', h.id, `${key}: ${options[0]}`))),
        ],
      ],
      note: `Percentages of respondents answering the question.${many}${withheldNote}`,
    }),
  ];
}

function countCell(r: MetricRow | undefined): string {
  return r?.denominator === null || r?.denominator === undefined
    ? (r?.symbol ?? 'x') || 'x'
    : formatCount(r.denominator);
}

function row(ctx: PlanContext, measure: MeasureId, hub: string, breakdown: string): MetricRow | undefined {
  return ctx.m.get(measure, hub, ctx.input.year, breakdown);
}

/** Registers a survey figure with the survey export as its source. */
function citer(ctx: PlanContext, s: PlannedSurvey): (r: MetricRow | undefined, what: string) => Cited {
  return (r, what) =>
    ctx.book.citeFrom(r, {
      label: `${s.title}: ${what}`,
      sources: [{ file: s.file, sha256: s.data.sha256 }],
      filters: "complete responses; don't-know answers kept apart unless the config counts them",
      method:
        r?.measure === 'survey_respondents'
          ? 'count of complete responses'
          : `respondents choosing the answer / respondents answering the question x 100; ${WILSON}`,
    });
}

export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The methodology's entry for the surveys: one bullet per survey, then how its figures are computed. */
export function surveyMethodSection(ctx: PlanContext): Section | undefined {
  const surveys = ctx.input.evidence?.surveys ?? [];
  if (surveys.length === 0) return undefined;
  const layouts = { surveymonkey: 'SurveyMonkey', qualtrics: 'Qualtrics', forms: 'Forms' } as const;
  const items = surveys.map((s) => {
    const n = s.data.responses.length;
    const rate = s.invited ? `, ${formatCount(s.invited)} invited (response rate ${responseRate(n, s.invited)})` : '';
    const left = s.data.excluded.unfinished + s.data.excluded.empty;
    return {
      text:
        `${s.title}: ${s.respondents}${s.period ? `, ${s.period}` : ''}; ${formatCount(n)} complete responses${rate}` +
        `${left ? `; ${countWord(left)} unfinished or empty left out` : ''}. ` +
        `Exported from ${layouts[s.data.layout]}.` +
        s.data.questions
          .filter((q) => q.dontKnowInBase && q.dontKnow.length)
          .map((q) => ` ${dontKnowInBaseSentence(q.text, q.dontKnow)}`)
          .join(''),
      refs: [],
    };
  });
  return {
    id: 'method-surveys',
    title: 'Surveys',
    level: 2,
    blocks: [
      { kind: 'bullets', items },
      paragraph(
        'Each share is the number choosing an answer divided by the number answering the question, with a 95% ' +
          'Wilson score interval. "Don\'t know" and "not applicable" answers are kept out of the shares and ' +
          'reported apart, except where a question says that the evaluators counted them in its base. The ' +
          'favourable share adds the two most favourable points of a 5- or 4-point scale. Respondents chose to ' +
          'take part, so the figures describe those who answered, not every school, college or employer. Hub ' +
          `figures are withheld where fewer than ${ctx.input.config.sdc.threshold} of a hub responded.` +
          ' Free-text answers are never published.',
      ),
    ],
  };
}
