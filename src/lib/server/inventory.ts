/**
 * What the reports folder holds, decided once before anything is parsed: which files are reports
 * (grouped by report, original form first), under which id each report is published, and why every
 * other entry is left out. Entries are judged by lstat, so a FIFO, a device or a symlink leading out
 * of the folder is refused by its type and never opened.
 */
import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { whyReserved, safeId } from './report-id';
import { SIDECAR_NAME } from './sources';
import { shown } from './log-text';
import { fsPath, hasRawBytes, nameFromBytes, readableName, readNames } from './file-names';

export interface ReportFile {
	/** Path of the file in the reports folder (open it through fsPath: its name may hold bytes that are not UTF-8). */
	path: string;
	/** Its name as received (file-names.ts). */
	name: string;
	/** Its extension, lower case, without the dot. */
	ext: string;
	size: number;
}

export interface ReportGroup {
	id: string;
	/** Every form of the report, the original (the one parsed first) first. */
	forms: ReportFile[];
}

/** A file left out, with the one line that says why. */
export interface LeftOut {
	file: string;
	message: string;
}

export interface Inventory {
	groups: ReportGroup[];
	/** Report files that cannot be used (refused by type, too large, no usable name): failures of the build. */
	refused: LeftOut[];
	/** Entries that are not report files at all (hidden, another extension, a folder). */
	skipped: LeftOut[];
	/** Reports published under another id than their name (unsafe characters, collisions). */
	renamed: LeftOut[];
}

export interface InventoryOptions {
	/** Accepted extensions, with the dot, the original form first (REPORT_EXTENSIONS). */
	extensions: string[];
	/** Files larger than this are left out. */
	maxBytes: number;
}

const KINDS: [(s: Stats) => boolean, string][] = [
	[(s) => s.isFIFO(), 'a FIFO (named pipe)'],
	[(s) => s.isCharacterDevice(), 'a character device'],
	[(s) => s.isBlockDevice(), 'a block device'],
	[(s) => s.isSocket(), 'a socket'],
	[(s) => s.isDirectory(), 'a folder']
];
const kindOf = (s: Stats) => KINDS.find(([test]) => test(s))?.[1] ?? 'not a regular file';
const megabytes = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** The size of a usable report file, or why it is refused; symlinks must stay inside the folder. */
function checkEntry(realDir: string, path: string): { size: number } | { why: string } {
	const link = lstatSync(fsPath(path));
	if (!link.isSymbolicLink()) return link.isFile() ? { size: link.size } : { why: `${kindOf(link)}, not a regular file; refused` };
	let target: string;
	try {
		target = nameFromBytes(realpathSync(fsPath(path), { encoding: 'buffer' }));
	} catch (e) {
		const to = shown(nameFromBytes(readlinkSync(fsPath(path), { encoding: 'buffer' })));
		if ((e as NodeJS.ErrnoException).code === 'ELOOP') return { why: `symlink loop (it leads back to itself through ${to}); refused` };
		return { why: `dangling symlink (its target ${to} does not exist)` };
	}
	if (!target.startsWith(realDir + sep)) return { why: `symlink leading out of the reports folder (to ${shown(target)}); refused` };
	const stats = statSync(fsPath(target));
	return stats.isFile() ? { size: stats.size } : { why: `symlink to ${kindOf(stats)}, not a regular file; refused` };
}

export function takeInventory(dir: string, options: InventoryOptions): Inventory {
	const realDir = realpathSync(dir);
	const refused: LeftOut[] = [];
	const skipped: LeftOut[] = [];
	const stems = new Map<string, ReportFile[]>();
	for (const name of readNames(dir).sort()) {
		const path = join(dir, name);
		const ext = extname(name).toLowerCase();
		const line = (why: string) => ({ file: path, message: `nianbao: ${shown(path)}: ${why}` });
		// The sources sidecar is read by sources.ts, not left out.
		if (name === SIDECAR_NAME) continue;
		if (name.startsWith('.')) {
			skipped.push(line('skipped: hidden file (its name starts with a dot)'));
			continue;
		}
		if (!options.extensions.includes(ext)) {
			const isFolder = lstatSync(fsPath(path)).isDirectory();
			skipped.push(line(isFolder ? 'skipped: a folder (subfolders are not read)' : `skipped: not a report form (${ext || 'no extension'}; accepted: ${options.extensions.join(' ')})`));
			continue;
		}
		const entry = checkEntry(realDir, path);
		if ('why' in entry) refused.push(line(entry.why));
		else if (entry.size > options.maxBytes)
			refused.push(line(`${megabytes(entry.size)}, over the ${megabytes(options.maxBytes)} limit for one file (MAX_REPORT_MB); left out`));
		else {
			const stem = name.slice(0, -ext.length).normalize('NFC');
			stems.set(stem, [...(stems.get(stem) ?? []), { path, name, ext: ext.slice(1), size: entry.size }]);
		}
	}
	const order = (f: ReportFile) => options.extensions.indexOf(`.${f.ext}`);
	const candidates = [...stems].map(([stem, forms]) => ({
		stem,
		id: safeId(readableName(stem)),
		forms: forms.sort((a, b) => order(a) - order(b) || (a.name < b.name ? -1 : 1))
	}));
	const groups: ReportGroup[] = [];
	const renamed: LeftOut[] = [];
	for (const c of candidates.filter((c) => c.id === null)) {
		for (const f of c.forms) refused.push({ file: f.path, message: `nianbao: ${shown(f.path)}: its name has no letter or digit to make an id of; left out` });
	}
	// Names that are already safe ids keep them; then, in name order, each later report whose id is
	// taken (ignoring case, as macOS and Windows file systems do) gets the first free -2, -3, ….
	const usable = candidates.filter((c) => c.id !== null) as { stem: string; id: string; forms: ReportFile[] }[];
	usable.sort((a, b) => Number(a.id !== a.stem) - Number(b.id !== b.stem) || (a.stem < b.stem ? -1 : 1));
	const wanted = new Set(usable.map((c) => c.id.toLowerCase()));
	const owner = new Map<string, string>();
	const taken = (id: string, own: string) => owner.has(id.toLowerCase()) || whyReserved(id) !== null || (id !== own && wanted.has(id.toLowerCase()));
	for (const c of usable) {
		let id = c.id;
		for (let n = 2; taken(id, c.id); n++) id = `${c.id}-${n}`;
		owner.set(id.toLowerCase(), c.forms[0].path);
		if (id !== c.stem) {
			const reserved = whyReserved(c.id);
			const clash = id === c.id ? '' : reserved ? `; "${c.id}" ${reserved}` : `; "${c.id}" is taken by ${shown(owner.get(c.id.toLowerCase())!)} (ids ignore case)`;
			const why =
				c.id === c.stem ? '' : hasRawBytes(c.stem) ? ` (its name is not UTF-8; read as "${shown(readableName(c.stem))}")` : ' (its name holds characters unsafe in a URL or file name, or is too long)';
			renamed.push({ file: c.forms[0].path, message: `nianbao: ${shown(c.forms[0].path)}: published as "${id}"${why}${clash}` });
		}
		groups.push({ id, forms: c.forms });
	}
	groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { groups, refused, skipped, renamed };
}
