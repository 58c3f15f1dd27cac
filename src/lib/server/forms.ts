import { basename, extname } from 'node:path';
import { readableName } from './file-names';

/** One received file of a report, and the name it is republished under beside the report page. */
export interface PublishedForm {
	/** Path of the received file. */
	file: string;
	/** Its name as received, shown as the link text (a name that is not UTF-8 as read: file-names.ts). */
	received: string;
	/** Its name under /reports/<id>/. */
	name: string;
}

/**
 * Received files are republished as data, never as pages of the portal: a markup file gets `.txt`
 * appended, so every host serves it as text/plain and nothing in it can run on the portal's origin.
 */
export const republishedName = (base: string, ext: string): string => (/^html?$/.test(ext) ? `${base}.${ext}.txt` : `${base}.${ext}`);

/**
 * The names every form of one report is published under: the original (parsed) as `source.<ext>`
 * (a text original is `source.txt`, the text that was parsed), each other form as `also.<ext>`, then
 * `also-2.<ext>`, … when two forms share an extension (dup.txt and dup.TXT), in the order given.
 */
export function publishedForms(files: string[]): PublishedForm[] {
	const taken = new Set<string>();
	return files.map((file, i) => {
		const ext = extname(file).slice(1).toLowerCase();
		let name = republishedName(i === 0 ? 'source' : 'also', ext);
		for (let n = 2; taken.has(name); n++) name = republishedName(`also-${n}`, ext);
		taken.add(name);
		return { file, received: readableName(basename(file)), name };
	});
}

/** Every file published under /reports/<id>/ for a report of these files: source.txt (the parsed text) and each form. */
export const publishedNames = (files: string[]): string[] => [...new Set(['source.txt', ...publishedForms(files).map((f) => f.name)])];
