/**
 * Tesseract (Debian's tesseract-ocr with chi_sim, run as a command) on one picture: its words with their
 * boxes and confidence. One process per picture, one thread each (OMP_THREAD_LIMIT=1): pages run side by
 * side on the machine's cores instead (ocr.ts), which measured faster than Tesseract's own threads.
 * docs/ocr.md says why this engine and not tesseract.js.
 */
import { execFile, execFileSync } from 'node:child_process';
import { pgm, type Grey } from './image';

/** A recognised word: its box in the picture's pixels, Tesseract's confidence (0–100), its line. */
export interface OcrWord {
	text: string;
	x: number;
	y: number;
	width: number;
	height: number;
	conf: number;
	line: string;
}

export interface OcrOptions {
	/** Tesseract's page segmentation mode: 3 a page, 4 a column of lines, 6 a block, 11 sparse text. */
	psm?: 3 | 4 | 6 | 7 | 11;
	/** Only these characters (a value cell: digits). */
	whitelist?: string;
	/** Tesseract's trained data: chi_sim (its Latin digits included), or eng for a second reading of digits. */
	lang?: 'chi_sim' | 'eng';
}

/** The command: NIANBAO_TESSERACT names another (a build elsewhere, or a missing one in a test). */
const command = () => process.env.NIANBAO_TESSERACT || 'tesseract';
const versions = new Map<string, string>();

/** Tesseract's version, once per command; a clear one-line error when it or its data is missing. */
export function engineVersion(): string {
	const tesseract = command();
	const known = versions.get(tesseract);
	if (known) return known;
	let version: string;
	let langs: string;
	try {
		version = execFileSync(tesseract, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0].trim();
		langs = execFileSync(tesseract, ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch {
		throw new Error('nianbao ocr: tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim, as .ci/run does); scanned pages cannot be read');
	}
	for (const [lang, pkg] of [['chi_sim', 'tesseract-ocr-chi-sim'], ['eng', 'tesseract-ocr-eng']])
		if (!new RegExp(`^${lang}$`, 'm').test(langs)) throw new Error(`nianbao ocr: tesseract has no ${lang} data (apt-get install ${pkg}); scanned pages cannot be read`);
	versions.set(tesseract, version);
	return version;
}

/** The words Tesseract finds in the picture. */
export function recognise(picture: Grey, options: OcrOptions = {}): Promise<OcrWord[]> {
	engineVersion();
	const args = ['stdin', 'stdout', '-l', options.lang ?? 'chi_sim', '--psm', String(options.psm ?? 3), '--dpi', '300'];
	if (options.whitelist) args.push('-c', `tessedit_char_whitelist=${options.whitelist}`);
	args.push('tsv');
	return new Promise((resolve, reject) => {
		const child = execFile(command(), args, { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (err, stdout, stderr) => {
			if (err) reject(new Error(`nianbao ocr: tesseract failed (${(stderr || err.message).split('\n')[0]})`));
			else resolve(wordsOfTsv(stdout));
		});
		// A Tesseract that exits before reading the picture closes the pipe: its exit status is the error reported.
		child.stdin!.on('error', () => {});
		child.stdin!.end(pgm(picture));
	});
}

/** Tesseract's TSV: level 5 rows are words (left, top, width, height, conf, text). */
export function wordsOfTsv(tsv: string): OcrWord[] {
	const words: OcrWord[] = [];
	for (const row of tsv.split('\n')) {
		const f = row.split('\t');
		if (f[0] !== '5' || f.length < 12 || f[11].trim() === '') continue;
		const [x, y, width, height, conf] = f.slice(6, 11).map(Number);
		words.push({ text: f[11].trim(), x, y, width, height, conf, line: f.slice(2, 5).join('.') });
	}
	return words;
}
