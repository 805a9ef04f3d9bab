import type { PlanContext } from '../context.js';
import { fixed } from '../format.js';
import { paragraph, tableBlock } from '../parts/common.js';
import type { Block, Section } from '../types.js';

/**
 * "What respondents said": the evaluator's coding of free-text answers, as theme counts with their share, 95%
 * interval and base, and one consented example quote per theme. The answers themselves are never printed.
 */
const METHOD = 'answers carrying the theme / answers coded x 100; 95% Wilson score interval';

export function themesSection(ctx: PlanContext): Section | undefined {
  const coded = ctx.input.evidence?.themes ?? [];
  if (coded.length === 0) return undefined;
  const blocks: Block[] = [
    paragraph(
      'The free-text answers were coded into themes by the evaluators; an answer may carry more than one theme, so ' +
        'the shares can add up to more than 100%. Themes given by too few respondents are withheld, as are their ' +
        'quotes; a quote is printed only where the respondent agreed to be quoted.',
    ),
  ];
  coded.forEach((c, k) => {
    const from = (label: string, method: string) => ({ label, sources: [c.source], filters: 'coded answers', method });
    const source = from(`coded answers to “${c.text}”`, 'count of distinct responses coded');
    const base = ctx.book.citeFrom(c.base, source);
    blocks.push(
      tableBlock({
        id: `themes-${k + 1}`,
        caption: `Themes in answers to “${c.text}” (${base.text} coded answers)`,
        columns: ['Theme', 'Share of answers (95% CI)', 'Example (where consented)'],
        rows: c.themes.map((t) => {
          const cited = ctx.book.citeFrom(t.row, from(`answers coded “${t.theme}”`, METHOD));
          const ci =
            t.row.ci_low !== null && t.row.ci_high !== null
              ? ` (${fixed(t.row.ci_low, 1)} to ${fixed(t.row.ci_high, 1)})`
              : '';
          return [t.theme, `${cited.text}${ci}`, t.quote ? `“${t.quote.text}”, ${t.quote.role}` : ''];
        }),
      }),
    );
  });
  return { id: 'themes', title: 'What respondents said', level: 1, pageBreak: true, blocks };
}
