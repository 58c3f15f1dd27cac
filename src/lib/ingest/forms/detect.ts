import { looksLikeHtml } from './html';
import { looksLikeMarkdown } from './markdown';
import { hasBoxTables } from './text/box-tables';
import { looksCollapsed } from './text/collapsed';

/**
 * The forms a report file comes in. Binary forms are told by their first bytes; a text (once decoded)
 * by its content, a .md or .html name only settling what the content leaves open.
 */
export type BinaryForm = 'pdf' | 'docx' | 'doc';
export type TextForm = 'html' | 'box-drawn' | 'markdown' | 'collapsed' | 'text';
export type Form = BinaryForm | TextForm;

const SIGNATURES: [BinaryForm, number[]][] = [
	['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
	['docx', [0x50, 0x4b, 0x03, 0x04]], // a zip: PK\3\4
	['doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]] // an OLE compound file
];

/** The binary form of a file, or null when it is text of some kind (decoded, then told by detectTextForm). */
export function detectBinaryForm(bytes: Uint8Array): BinaryForm | null {
	for (const [form, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return form;
	return null;
}

/**
 * The form of a decoded text. A .md file is Markdown even when a converter opened it with a <div>
 * wrapper, unless it is a whole page; a .md file whose text a crawler collapsed onto a line or two is
 * collapsed text, but a table a converter wrote as HTML on one line (MinerU) is no such line. Tables
 * drawn in box-drawing characters (w3m) are grid tables in other characters, read as Markdown.
 */
export function detectTextForm(text: string, file: string): TextForm {
	const md = /\.(md|markdown)$/i.test(file);
	if ((md ? /^\s*(<!doctype html|<html)/i.test(text) : looksLikeHtml(text)) || /\.html?$/i.test(file)) return 'html';
	if (hasBoxTables(text)) return 'box-drawn';
	if (looksLikeMarkdown(text) || (md && (/<table\b/i.test(text) || !looksCollapsed(text)))) return 'markdown';
	if (looksCollapsed(text)) return 'collapsed';
	return 'text';
}
