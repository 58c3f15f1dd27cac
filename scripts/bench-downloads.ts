/**
 * How the site-wide downloads scale: writes them for N made-up 2021-template reports (each with ~20 KB of
 * section text), generated one at a time as the build streams them, and prints time, peak RSS and file sizes.
 * Usage: npx tsx scripts/bench-downloads.ts [N=100]
 */
import { readFileSync, rmSync } from 'node:fs';
import { parseReport } from '../src/lib/parse';
import { siteFilesFrom } from '../src/lib/server/downloads';

const count = Number(process.argv[2] ?? 100);
// The made-up 2021-template report the tests use, read as data (scripts never import test code).
const model = readFileSync('tests/fixtures/template2019/shili-shi-2023.txt', 'utf8');
const template = JSON.stringify(parseReport(model, 'bench.txt').report);
let peak = 0;

async function* reports() {
	for (let i = 0; i < count; i++) {
		const report = JSON.parse(template);
		Object.assign(report, { id: `bench-${i}`, year: 2015 + (i % 10), agency: `测试${i % 500}局` });
		report.sections[0].text = '全年工作有序开展。'.repeat(2000);
		peak = Math.max(peak, process.memoryUsage().rss);
		yield report;
	}
}

const started = performance.now();
const data = await siteFilesFrom(reports());
const seconds = (performance.now() - started) / 1000;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const size = (name: string) => mb(data.files.get(name)!.bytes);
console.log(
	`nianbao: downloads for ${count} reports: ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(0)} ms a report), peak RSS ${mb(Math.max(peak, process.memoryUsage().rss))}; ` +
		`indicators.csv ${size('indicators.csv')} (${data.datasets.get('indicators')!.rows} rows), wide-2019.csv ${size('wide-2019.csv')}, nianbao.sqlite ${size('nianbao.sqlite')}`
);
rmSync(data.dir, { recursive: true, force: true });
