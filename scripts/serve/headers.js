/**
 * The response headers of the built site come from one file, `static/_headers` (copied into the
 * build), in the format Netlify and Cloudflare Pages read: a path pattern (`*` matches anything,
 * slashes included) followed by indented `Name: value` lines. `npm run serve` applies the same rules,
 * so what the tests check is what those hosts send. When several rules set one header, the values
 * are joined with ", " as those hosts do; for Content-Security-Policy that means every policy applies.
 */
import { readFileSync } from 'node:fs';

/** @returns {{ pattern: RegExp, headers: [string, string][] }[]} */
export function parseHeadersFile(text) {
	const rules = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		if (colon < 0 || rules.length === 0) throw new Error(`nianbao: _headers: not a "Name: value" line under a path: ${line.trim()}`);
		rules[rules.length - 1].headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** The headers for one site path (decoded, as the file is named), in the order the rules give them. */
export function headersFor(rules, path) {
	const out = {};
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
	}
	return out;
}

export function loadHeaders(file) {
	return parseHeadersFile(readFileSync(file, 'utf8'));
}
