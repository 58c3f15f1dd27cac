/**
 * A query as typed or read from `?q=`, made safe to encode: a lone surrogate (half of a pair, as a
 * cut paste can leave) becomes U+FFFD, so encodeURIComponent and the tokenizer never throw on it.
 */
export function wellFormed(q: string): string {
	return q.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
