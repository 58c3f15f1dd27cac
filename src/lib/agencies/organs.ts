/**
 * The body within a division ("人民政府", "发展和改革局") gets a readable ASCII slug for the agency id where it is a
 * common one; others get a hash of their name. Names that differ only by level (a province's 厅, a county's 局; a
 * province's 办公厅, a county's 办公室) share a slug, since one division has only one of them.
 */
const SLUGS: [RegExp, string][] = [
	[/^人民政府$/, 'government'],
	[/^人民政府办公[厅室]$/, 'general-office'],
	[/^发展和?改革(委员会|委|局)$/, 'development-reform'],
	[/^国土资源[厅局]$/, 'land-resources'],
	[/^自然资源(和规划)?[厅局]$/, 'natural-resources'],
	[/^教育[厅局]$/, 'education'],
	[/^公安[厅局]$/, 'public-security'],
	[/^民政[厅局]$/, 'civil-affairs'],
	[/^司法[厅局]$/, 'justice'],
	[/^财政[厅局]$/, 'finance'],
	[/^人力资源和社会保障[厅局]$/, 'human-resources'],
	[/^生态环境[厅局]$/, 'ecology-environment'],
	[/^住房和城乡建设[厅局]$/, 'housing-construction'],
	[/^交通运输[厅局]$/, 'transport'],
	[/^水利[厅局]$/, 'water-resources'],
	[/^农业农村[厅局]$/, 'agriculture'],
	[/^商务[厅局]$/, 'commerce'],
	[/^卫生健康(委员会|委|局)$/, 'health'],
	[/^应急管理[厅局]$/, 'emergency'],
	[/^市场监督管理局$/, 'market-regulation'],
	[/^审计[厅局]$/, 'audit'],
	[/^统计局$/, 'statistics']
];

/** FNV-1a, 32 bits, over UTF-16 code units: deterministic everywhere, enough to tell names apart within a division. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

export function organSlug(organ: string): string {
	return SLUGS.find(([pattern]) => pattern.test(organ))?.[1] ?? `o${shortHash(organ)}`;
}
