/**
 * The day the site is built, YYYY-MM-DD in China Standard Time (UTC+8, where the reports and most of their
 * readers are): the access date a citation gives a reader without JavaScript. SOURCE_DATE_EPOCH (seconds,
 * the reproducible-builds convention) fixes it; scripts/build.ts sets NIANBAO_BUILD_DATE once, so every
 * process of one build, and every page, names the same day even across midnight.
 */
const CST_MS = 8 * 3600 * 1000;

export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
	const given = env.NIANBAO_BUILD_DATE;
	if (given) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(given)) throw new Error(`nianbao: NIANBAO_BUILD_DATE=${given} is not a date (expected YYYY-MM-DD)`);
		return given;
	}
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch !== undefined && epoch !== '') {
		if (!/^\d{1,12}$/.test(epoch)) throw new Error(`nianbao: SOURCE_DATE_EPOCH=${epoch} is not a count of seconds`);
		return new Date(Number(epoch) * 1000 + CST_MS).toISOString().slice(0, 10);
	}
	return new Date(now.getTime() + CST_MS).toISOString().slice(0, 10);
}
