import { ParseError } from '../../errors';

/**
 * The text of a legacy Word (.doc) document, through word-extractor: paragraphs as lines, a table's
 * cells separated by tabs (which the table readers split on), fields (a table of contents, a
 * hyperlink) as their results. Its characters as written: word-extractor's default filter would turn
 * “” into straight quotes and — into a hyphen.
 */
export async function docText(bytes: Uint8Array, file: string): Promise<string> {
	const WordExtractor = (await import('word-extractor')).default;
	try {
		const doc = await new WordExtractor().extract(Buffer.from(bytes));
		return doc.getBody({ filterUnicode: false });
	} catch (e) {
		throw new ParseError(file, `not a readable DOC document (${(e as Error).message.split('\n')[0]})`);
	}
}
