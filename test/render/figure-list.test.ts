import { describe, expect, it } from 'vitest';
import { figureEntries } from '../../src/plan/figure-numbers.js';
import { FIGURE_WORDS } from '../../src/plan/phrases/figures.js';
import { renderHtml } from '../../src/render/html-renderer.js';
import { MINI, planOf } from '../plan/sample-plan.js';

describe('numbered figures and tables in the HTML and print editions', () => {
  it('prints each label before its title and lists each after the contents, linked, with its print page', async () => {
    const plan = await planOf(MINI);
    const charts = plan.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
    const first = charts[0]!;
    expect(first.label).toMatch(/^Figure \d+\.1$/);
    const pages = new Map([[first.id, 9]]);
    const print = renderHtml(plan, new Map(), { print: true, pages });
    expect(print).toContain(`<p class="chart-title"><span class="figure-label">${first.label}:</span> `);
    const list = print.slice(print.indexOf('<ol class="contents figure-list">'));
    const at = list.indexOf(`href="#${first.id}"`);
    const entry = list.slice(at, list.indexOf('</li>', at));
    expect(entry).toContain(`<span class="figure-label">${first.label}:</span>`);
    expect(entry).toMatch(/<span class="contents-page"><span class="visually-hidden">page <\/span>9<\/span>$/);
    const screen = renderHtml(plan, new Map(), { print: false });
    for (const c of charts)
      expect(screen).toContain(`<a href="#${c.id}"><span class="figure-label">${c.label}:</span>`);
    // A numbered table's caption carries its label; the chapter heading its number.
    expect(screen).toMatch(/<caption><span class="figure-label">Table \d+\.1:<\/span> /);
    expect(screen).toMatch(/<h2 id="[a-z-]+-heading"><span class="section-number">1\.<\/span> /);
  });

  it('collapses the list on screen behind a summary that counts it, and prints it open with no toggle', async () => {
    const plan = await planOf(MINI);
    const entries = figureEntries(plan.sections);
    const figures = entries.filter((e) => e.kind === 'figure').length;
    const tables = entries.filter((e) => e.kind === 'table').length;
    expect(figures).toBeGreaterThan(0);
    const summary = FIGURE_WORDS.listSummary(figures, tables);
    expect(summary).toMatch(/^List of figures \(\d+\)/);
    const screen = renderHtml(plan, new Map(), { print: false });
    // Closed: no `open` attribute.
    expect(screen).toContain(`<details class="figure-list-toggle"><summary>${summary}</summary>`);
    const list = screen.slice(screen.indexOf('<details class="figure-list-toggle">'));
    expect(list.indexOf('</details>')).toBeGreaterThan(list.indexOf('</ol>'));
    const print = renderHtml(plan, new Map(), { print: true });
    expect(print).not.toContain('<details class="figure-list-toggle"');
    expect(print).toContain('<ol class="contents figure-list">');
  });
});
