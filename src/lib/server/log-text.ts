/**
 * Text from outside (file names, report content quoted in a warning) as it may reach an operator's
 * terminal: one line, and no byte the terminal would act on. ESC starts escape sequences (retitle the
 * window, rewrite the screen, on some terminals answer back), BEL rings, CR and bidi overrides make a
 * line say something else than it holds; each is shown as an escape instead.
 */

/** A file name's byte that is not UTF-8, as file-names.ts keeps it (U+DC80–U+DCFF), shown as \xHH. */
const byteEscape = (unit: number) => `\\x${(unit - 0xdc00).toString(16).toUpperCase().padStart(2, '0')}`;
const unicodeEscape = (c: string) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;

/**
 * A path (or any name) as one line, quotes and backslashes escaped as in JSON so that the escapes
 * below cannot be mistaken for characters of the name: tabs, newlines and controls escaped, invisible
 * (zero-width, bidi) characters as \uXXXX, bytes that are not UTF-8 as \xHH.
 */
export const shown = (path: string): string =>
	JSON.stringify(path)
		.slice(1, -1)
		.replace(/\\\\|\\u(dc[89a-f][0-9a-f])/g, (m, unit?: string) => (unit ? byteEscape(parseInt(unit, 16)) : m))
		.replace(/[\p{Cf}\u007f-\u009f]/gu, unicodeEscape);

/** Controls (C0 but tab, DEL, C1), format characters (bidi, zero-width) and lone surrogates (a pair is one code point here). */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\p{Cf}\p{Cs}]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/**
 * A log line as printed: the text kept as written (quotes, backslashes, Chinese), every character a
 * terminal would act on escaped (\n, \r, \u001b …), so a warning quoting a report stays one inert line.
 */
export function oneLine(text: string): string {
	return text.replace(UNPRINTABLE, (c) => {
		const unit = c.charCodeAt(0);
		if (c.length === 1 && unit >= 0xdc80 && unit <= 0xdcff) return byteEscape(unit);
		return NAMED[c] ?? unicodeEscape(c);
	});
}
