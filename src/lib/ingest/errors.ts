/** The one error the parser raises on input it cannot use. The message is one line naming the file. */
export class ParseError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string
	) {
		super(`nianbao: ${file}: ${problem}`);
		this.name = 'ParseError';
	}
}
