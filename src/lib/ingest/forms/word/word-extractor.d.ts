/** The part of word-extractor's API the DOC reader uses (the package ships no types). */
declare module 'word-extractor' {
	export default class WordExtractor {
		extract(source: string | Buffer): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }>;
	}
}
