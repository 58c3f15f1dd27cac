import { siteCatalogue } from '$lib/server/catalogue';
import { regionSummaries, regionTrees, type RegionGroup, type RegionSummary } from '$lib/agencies';

let cached: Promise<{ summaries: RegionSummary[]; trees: Map<string, RegionGroup>; agencies: number; reports: number }> | null = null;

/** The directory's regions and each region's tree, worked out once per build, not once per page. */
export function directoryData() {
	cached ??= siteCatalogue().then(({ agencies }) => ({
		summaries: regionSummaries(agencies),
		trees: regionTrees(agencies),
		agencies: agencies.length,
		reports: agencies.reduce((n, a) => n + a.reports.length, 0)
	}));
	return cached;
}
