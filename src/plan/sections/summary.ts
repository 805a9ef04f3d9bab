import { excludesZero } from '../../stats/change.js';
import type { PlanContext } from '../context.js';
import { cap, changeSentence, duringPeriod, gapPhrase, hubChangesSentence, listNames } from '../phrases.js';
import type { Section } from '../types.js';
import { ALL, ENGLAND, ends, seriesChange } from './common.js';

interface Finding {
  readonly text: string;
  readonly refs: readonly string[];
}

/** Key findings as sentences from the numbers, in the order of the report's chapters. */
export function summarySection(ctx: PlanContext): Section {
  const findings = [
    compassFindings,
    membershipFindings,
    destinationFindings,
    neetFindings,
    participationFindings,
  ].flatMap((f) => f(ctx));
  const hubCount = ctx.hubs.length === 1 ? 'the Careers Hub' : `the ${ctx.hubs.length} Careers Hubs`;
  const allHubs = `${hubCount} (${listNames(ctx.hubs)})`;
  const evaluated = ctx.input.hub ? `the ${ctx.hubs[0]!.name} Careers Hub` : allHubs;
  return {
    id: 'summary',
    title: 'Executive summary',
    level: 1,
    pageBreak: true,
    blocks: [
      {
        kind: 'paragraph',
        text:
          `This report evaluates ${evaluated} up to the ${ctx.input.year} academic year, ` +
          'from the data sources described in the methodology. Changes are described as rises or falls only where ' +
          'the 95% confidence interval of the change excludes zero; otherwise they are reported as no clear change.',
        refs: [],
      },
      { kind: 'bullets', items: findings },
    ],
  };
}

function compassFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('compass')) return [];
  const focus = ctx.input.hub ?? ALL;
  const series = ctx.m.series('compass_mean_benchmarks_achieved', focus, ALL);
  const change = seriesChange(series, ctx.m.range('compass_mean_benchmarks_trend', focus, ALL));
  const completions = ctx.m.series('compass_completions', focus, ALL);
  const out: Finding[] = [];
  if (change)
    out.push({
      text: changeSentence(`the average number of Gatsby Benchmarks fully achieved`, change, 'mean'),
      refs: ends(series).map((r) => ctx.book.cite(r).id),
    });
  const c0 = completions[0];
  const c1 = completions[completions.length - 1];
  if (c0 && c1 && c0 !== c1) {
    out.push({
      text: changeSentence(
        'the number of schools and colleges completing Compass',
        {
          from: { period: c0.period, value: c0.value },
          to: { period: c1.period, value: c1.value },
          low: null,
          high: null,
        },
        'count',
      ),
      refs: [ctx.book.cite(c0).id, ctx.book.cite(c1).id],
    });
  }
  return out;
}

function membershipFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('institutions')) return [];
  const focus = ctx.input.hub ?? ALL;
  const r = ctx.m.latest('membership_institutions_pct', focus, ALL);
  const p = ctx.m.latest('membership_pupils_pct', focus, ALL);
  if (!r) return [];
  const a = ctx.book.cite(r);
  const b = ctx.book.cite(p);
  return [
    {
      text:
        `By the end of ${r.period}, ${a.text} of eligible schools and colleges had joined ` +
        `${ctx.input.hub ? 'the hub' : 'a hub'}, covering ${b.text} of pupils in eligible institutions.`,
      refs: [a.id, b.id],
    },
  ];
}

function destinationFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('destinations')) return [];
  const { m, book } = ctx;
  const out: Finding[] = [];
  const engRange = m.range('eet_change_pp', ENGLAND, 'total');
  if (engRange) {
    const changes = ctx.hubs.map((h) => {
      const r = m.range('eet_change_pp', h.id, 'total');
      return {
        name: h.name,
        value: r?.value ?? null,
        clear: excludesZero(r?.ci_low ?? null, r?.ci_high ?? null),
        symbol: r?.symbol ?? 'x',
        id: book.cite(r).id,
      };
    });
    const engChange = seriesChange(m.series('eet_sustained_pct', ENGLAND, 'total'), engRange);
    const engText = engChange ? ` ${changeSentence(`the ${ctx.comparator} rate`, engChange, 'pct')}` : '';
    out.push({
      text:
        `For the KS4 cohorts ${engRange.period.replace('-', ' to ')}, ` +
        `${hubChangesSentence('the sustained EET rate', changes)}.${engText}`,
      refs: changes.map((c) => c.id),
    });
  }
  const last = m.periods('eet_sustained_pct').slice(-1)[0];
  if (last) {
    const gaps = ctx.hubs.map((h) => {
      const r = m.get('eet_sustained_pct', h.id, last, 'total');
      return { name: h.name, value: r?.diff ?? null, id: book.cite(r).id };
    });
    out.push({
      text: `${cap(gapPhrase(gaps, `the ${ctx.comparator} sustained EET rate`))} for the ${last} cohort.`,
      refs: gaps.map((g) => g.id),
    });
  }
  const appren = m.range('apprenticeship_change_pp', ENGLAND, 'total');
  if (appren) {
    const change = seriesChange(m.series('apprenticeship_pct', ENGLAND, 'total'), appren);
    const hubs = ctx.hubs.map((h) => {
      const r = m.range('apprenticeship_change_pp', h.id, 'total');
      return {
        name: h.name,
        value: r?.value ?? null,
        clear: excludesZero(r?.ci_low ?? null, r?.ci_high ?? null),
        symbol: r?.symbol ?? 'x',
        id: book.cite(r).id,
      };
    });
    if (change)
      out.push({
        text:
          `${changeSentence(`the ${ctx.comparator} sustained apprenticeship rate`, change, 'pct')} ` +
          `${cap(hubChangesSentence("the rate in the hubs' areas", hubs))}.`,
        refs: [book.cite(appren).id, ...hubs.map((h) => h.id)],
      });
  }
  return out;
}

function neetFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('neet')) return [];
  const { m, book } = ctx;
  const range = m.range('neet_change_pp', ENGLAND, ALL);
  if (!range) return [];
  const changes = ctx.hubs.map((h) => {
    const r = m.range('neet_change_pp', h.id, ALL);
    return {
      name: h.name,
      value: r?.value ?? null,
      clear: excludesZero(r?.ci_low ?? null, r?.ci_high ?? null),
      symbol: r?.symbol ?? 'x',
      id: book.cite(r).id,
    };
  });
  return [
    {
      text: `${duringPeriod(range.period)}, ${hubChangesSentence('the NEET rate of 16 to 17 year olds', changes)}.`,
      refs: changes.map((c) => c.id),
    },
  ];
}

function participationFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('activities')) return [];
  const focus = ctx.input.hub ?? ALL;
  const { m, book } = ctx;
  const enc = m.range('student_participations', focus, 'employer_encounter');
  const wex = m.range('student_participations', focus, 'workplace_experience');
  const smes = m.range('smes_engaged', focus, ALL);
  const meeting = m.range('smes_meeting_threshold', focus, ALL);
  if (!enc) return [];
  const [a, b, c, d] = [enc, wex, smes, meeting].map((r) => book.cite(r));
  return [
    {
      text:
        `${duringPeriod(enc.period)}, ${a!.text} student participations in employer encounters and ${b!.text} ` +
        `in workplace experiences were recorded; ${c!.text} SMEs took part, ${d!.text} of these SMEs in at least ` +
        `${ctx.input.config.activities.smeThreshold} activities.`,
      refs: [a!.id, b!.id, c!.id, d!.id],
    },
  ];
}
