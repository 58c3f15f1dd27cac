import type { SiteFigures } from './site';

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** One site's figures as a two-column table, ours beside Pagefind's. */
export function siteTable(f: SiteFigures): string {
	const pf = f.pagefind;
	const left = 'not run (NO_PAGEFIND)';
	const rows: [string, string, string][] = [
		['bytes fetched for search before the first result (gzip)', kb(f.ours.firstBytes), pf ? kb(pf.firstBytes) : left],
		['files fetched for search before the first result', String(f.ours.firstFiles), pf ? String(pf.firstFiles) : left],
		['first result after typing (local server, ours incl. 120 ms debounce)', ms(f.ours.firstMs), pf ? ms(pf.firstMs) : left],
		['query p50 / p95, Chromium, warm', `${ms(f.ours.p50)} / ${ms(f.ours.p95)}`, pf ? `${ms(pf.p50)} / ${ms(pf.p95)}` : left],
		['query p50 / p95, Chromium, first time (shards fetched)', `${ms(f.ours.coldP50 ?? 0)} / ${ms(f.ours.coldP95 ?? 0)}`, '—'],
		['recall, sections (vs substring scan)', f.ours.recallSections, pf ? pf.recallSections : left],
		['recall, sections and table rows', f.recallAll, 'rows are not headings: n/a']
	];
	const w0 = Math.max(...rows.map((r) => r[0].length));
	return [`${'measure'.padEnd(w0)} | nianbao | pagefind`, ...rows.map(([a, b, c]) => `${a.padEnd(w0)} | ${b} | ${c}`)].join('\n');
}
