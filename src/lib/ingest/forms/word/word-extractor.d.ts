/** The parts of word-extractor the DOC reader uses (the package ships no types): its OLE extractor, extended to mark pictures. */
declare module 'word-extractor/lib/word-ole-extractor.js' {
	export default class WordOleExtractor {
		_pieces: unknown[];
		_boundaries: { ccpText: number };
		extract(reader: unknown): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }>;
		extractWordDocument(ole: unknown, word: Buffer): Promise<unknown>;
		writeCharacterProperties(word: Buffer, table: Buffer): void;
		buildDocument(): unknown;
		documentStream(ole: unknown, name: string): Promise<unknown>;
		streamBuffer(stream: unknown): Promise<Buffer>;
	}
}
declare module 'word-extractor/lib/buffer-reader.js' {
	export default class BufferReader {
		constructor(buffer: Buffer);
		open(): Promise<unknown>;
		close(): Promise<unknown>;
	}
}
