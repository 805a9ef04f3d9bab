import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { figureEntries } from '../plan/figure-numbers.js';
import { accessibilityStatement, downloadsSentence, furnitureItems } from '../plan/furniture.js';
import { FIGURE_WORDS } from '../plan/phrases/figures.js';
import type { ReportPlan, Section } from '../plan/types.js';
import { wrapUnbreakable } from './unbreakable-tokens.js';

export interface HtmlOptions {
  /** For the PDF: data tables under charts are open, since a printed page cannot expand them. */
  readonly print: boolean;
  /** In print, the page each contents entry starts on (from a first printing pass); absent: reserve the column. */
  readonly pages?: ReadonlyMap<string, number> | null;
  /** On screen, each chart's phone layout by chart id, shown instead of the page layout on narrow screens. */
  readonly narrow?: ReadonlyMap<string, string>;
}

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

let loaded: { render: Handlebars.TemplateDelegate; css: string } | undefined;

/**
 * Loads templates/report.hbs, its partials and report.css once; an isolated Handlebars instance keeps helpers local.
 */
function template(): { render: Handlebars.TemplateDelegate; css: string } {
  if (loaded) return loaded;
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('and', (a: unknown, b: unknown) => Boolean(a) && Boolean(b));
  hb.registerHelper(
    'unbreakable',
    (value: unknown) => new hb.SafeString(wrapUnbreakable(hb.escapeExpression(String(value)))),
  );
  hb.registerHelper('longer', (list: unknown, n: unknown) => Array.isArray(list) && list.length > Number(n));
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  const partials = path.join(TEMPLATES, 'partials');
  for (const file of readdirSync(partials)
    .filter((f) => f.endsWith('.hbs'))
    .sort()) {
    hb.registerPartial(file.replace(/\.hbs$/, ''), readFileSync(path.join(partials, file), 'utf8'));
  }
  const render = hb.compile(readFileSync(path.join(TEMPLATES, 'report.hbs'), 'utf8'), {
    strict: false,
    preventIndent: true,
  });
  loaded = { render, css: readFileSync(path.join(TEMPLATES, 'report.css'), 'utf8') };
  return loaded;
}

/**
 * The report as one self-contained HTML file: CSS and SVG inlined, no script, no external request. Every value
 * from the data goes through Handlebars escaping; only the chart SVGs (rendered by Vega from the plan) and the
 * narrative HTML (escaped when it was converted from Markdown) are inserted raw.
 */
export function renderHtml(plan: ReportPlan, svgs: ReadonlyMap<string, string>, options: HtmlOptions): string {
  const { render, css } = template();
  // The PDF leaves out what only a screen can hold; its contents and bookmarks then match what is printed.
  const sections = plan.sections.filter((s) => !(options.print && s.screenOnly));
  const contents = sections
    .filter((s) => s.id !== 'contents')
    .map((s) => ({ id: s.id, title: numbered(s), level: s.level, page: options.pages?.get(s.id) ?? '' }));
  const figureList = figureEntries(sections).map((f) => ({ ...f, page: options.pages?.get(f.id) ?? '' }));
  const count = (kind: string) => figureList.filter((f) => f.kind === kind).length;
  const figureListSummary = FIGURE_WORDS.listSummary(count('figure'), count('table'));
  const narrow = options.print ? new Map<string, string>() : (options.narrow ?? new Map<string, string>());
  const scoped = Object.fromEntries([...svgs].map(([id, svg]) => [id, chartImage(id, svg, narrow.get(id))]));
  const furniture = {
    furniture: furnitureItems(plan.meta),
    downloads: downloadsSentence(),
    accessibility: accessibilityStatement(plan.meta),
  };
  contents.push({
    id: 'accessibility',
    title: 'Accessibility statement',
    level: 1,
    page: options.pages?.get('accessibility') ?? '',
  });
  return render({
    ...plan,
    ...furniture,
    sections,
    css,
    contents,
    figureList,
    figureListSummary,
    svgs: scoped,
    print: options.print,
  });
}

/** A chapter's title as its heading prints it: "4. Careers provision ...". */
const numbered = (s: Section) => (s.number ? `${s.number}. ${s.title}` : s.title);

/**
 * A chart's SVG, ids scoped. With a phone layout both are inlined (the HTML has no script to choose) and the
 * stylesheet shows one by the screen's width; the hidden one is `display: none`, so it is not read out twice.
 */
function chartImage(id: string, svg: string, narrow: string | undefined): string {
  const wide = onlyRootAria(scopeSvgIds(svg, id));
  if (narrow === undefined) return wide;
  const phone = onlyRootAria(scopeSvgIds(narrow, `${id}-narrow`));
  return `<div class="chart-wide">${wide}</div><div class="chart-narrow">${phone}</div>`;
}

/** Vega numbers ids from 1 in every SVG; prefixing them with the chart id keeps ids unique in the document. */
export function scopeSvgIds(svg: string, prefix: string): string {
  return svg.replace(
    /(\bid="|url\(#|href="#)([^")]+)(?=[")])/g,
    (_, before: string, id: string) => `${before}${prefix}-${id}`,
  );
}

/**
 * A chart is one image (role="img" with the finding as its label). Vega also gives its marks ARIA roles;
 * inside an img those are unreachable and some carry no label, so they are removed below the root element.
 */
export function onlyRootAria(svg: string): string {
  const root = svg.match(/^<svg\b[^>]*>/)?.[0] ?? '';
  return root + svg.slice(root.length).replace(/\s(role|aria-[a-z]+)="[^"]*"/g, '');
}
