/**
 * The origin the site is published at (SITE_ORIGIN, e.g. https://nianbao.example.org): absolute URLs
 * (canonical links, JSON-LD, the data package) are built against it. Null when it is not set; the
 * prerender then uses http://localhost:4173 and pages carry no canonical link.
 */
export function siteOrigin(value = process.env.SITE_ORIGIN): string | null {
	if (!value) return null;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`nianbao: SITE_ORIGIN=${value} is not a URL (expected e.g. https://nianbao.example.org)`);
	}
	if (!/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, ''))
		throw new Error(`nianbao: SITE_ORIGIN=${value} is not an origin (expected scheme and host only, e.g. https://nianbao.example.org)`);
	return url.origin;
}
