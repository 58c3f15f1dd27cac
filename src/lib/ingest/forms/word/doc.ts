import { ParseError } from '../../errors';
import type { PictureRefusal } from '../../problems';
import { MAX_PICTURES, type Picture } from '../ocr/picture';
import { pictureRuns, runAt, storedPicture, type PictureRun } from './doc-pictures';
import { PICTURE_MARK } from './picture-mark';

/** A .doc's text, a PICTURE_MARK where each inline picture stands, and those pictures in order (null where none was found; none past MAX_PICTURES + 1). */
export interface DocContent {
	text: string;
	pictures: (Picture | { name: string; refused: PictureRefusal } | null)[];
}

interface Piece {
	startCp: number;
	startFilePos: number;
	bpc: number;
	text: string;
}

/**
 * The text of a legacy Word (.doc) document, through word-extractor: paragraphs as lines, a table's
 * cells separated by tabs (which the table readers split on), fields (a table of contents, a
 * hyperlink) as their results. Its characters as written: word-extractor's default filter would turn
 * “” into straight quotes and — into a hyphen. Its inline pictures (doc-pictures.ts) are marked where
 * they stand: word-extractor drops their \x01, so its extractor is extended to mark them first.
 */
export async function docContent(bytes: Uint8Array, file: string): Promise<DocContent> {
	const { default: WordOleExtractor } = await import('word-extractor/lib/word-ole-extractor.js');
	const { default: BufferReader } = await import('word-extractor/lib/buffer-reader.js');
	class MarkingExtractor extends WordOleExtractor {
		ole: unknown;
		runs: PictureRun[] = [];
		/** Where in the Data stream each marked picture's PICF stands, in the text's order. */
		located: number[] = [];
		extractWordDocument(ole: unknown, word: Buffer) {
			this.ole = ole;
			return super.extractWordDocument(ole, word);
		}
		writeCharacterProperties(word: Buffer, table: Buffer) {
			super.writeCharacterProperties(word, table);
			this.runs = pictureRuns(word, table);
		}
		buildDocument() {
			const body = this._boundaries.ccpText;
			for (const piece of this._pieces as Piece[]) {
				// UTF-16 units, as the piece's character positions count them.
				const chars = piece.text.replaceAll(PICTURE_MARK, '\uFFFD').split('');
				if (this.runs.length && piece.startCp < body)
					for (let i = 0; i < chars.length && piece.startCp + i < body; i++) {
						const run = chars[i] === '\x01' ? runAt(this.runs, piece.startFilePos + i * piece.bpc) : undefined;
						if (!run) continue;
						chars[i] = PICTURE_MARK;
						this.located.push(run.at);
					}
				piece.text = chars.join('');
			}
			return super.buildDocument();
		}
	}
	const reader = new BufferReader(Buffer.from(bytes));
	const extractor = new MarkingExtractor();
	try {
		let text: string;
		try {
			await reader.open();
			text = (await extractor.extract(reader)).getBody({ filterUnicode: false });
		} catch (e) {
			throw new ParseError(file, `not a readable DOC document (${(e as Error).message.split('\n')[0]})`);
		}
		// The reader looks at MAX_PICTURES and names the one after: a document of 100,000 pictures costs no more.
		const located = extractor.located.slice(0, MAX_PICTURES + 1);
		if (!located.length) return { text, pictures: [] };
		const name = (k: number) => `DOC picture ${k + 1}`;
		try {
			const data = await extractor.streamBuffer(await extractor.documentStream(extractor.ole, 'Data'));
			return { text, pictures: located.map((at, k) => storedPicture(data, at, name(k))) };
		} catch (e) {
			// A broken Data stream loses the pictures, never the text: each is named as not read.
			const message = `Data 流无法读取：${(e as Error).message.split('\n')[0]}`;
			return { text, pictures: located.map((_, k) => ({ name: name(k), refused: { why: 'not-decoded' as const, message } })) };
		}
	} finally {
		await reader.close();
	}
}
