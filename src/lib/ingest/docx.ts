import { ParseError } from './errors';
import { problem } from './problems';
import type { Problem } from '../types';

/**
 * A Word (.docx) document as HTML, through mammoth: paragraphs, headings and tables (merged cells kept
 * as one cell) come out as the markup the HTML reader already understands.
 */
export async function docxToHtml(bytes: Uint8Array, file: string): Promise<{ html: string; warnings: Problem[] }> {
	const mammoth = (await import('mammoth')).default;
	try {
		const { value, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
		const warnings = messages.filter((m) => m.type === 'error').map((m) => problem('docx-conversion', { message: m.message }));
		return { html: `<!doctype html><html><body><article>${value}</article></body></html>`, warnings };
	} catch (e) {
		throw new ParseError(file, `not a readable DOCX document (${(e as Error).message.split('\n')[0]})`);
	}
}
