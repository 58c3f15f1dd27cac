import { corpus } from '$lib/server/reports';

export async function load() {
	return {
		reports: (await corpus()).reports.map(({ report: r }) => ({
			id: r.id,
			title: r.title,
			agency: r.agency,
			year: r.year,
			published: r.published,
			format: r.format,
			sections: r.sections.length,
			tables: r.tables.length
		}))
	};
}
