import { siteData } from '$lib/server/downloads';
import { KEYS } from '$lib/indicators/keys';
import { datasetteMetadata } from '$lib/data/datasette';
import { DATASETS, type Dataset } from '$lib/data/datasets';

/** Columns shown in a preview: wide tables have hundreds, the first few say what a row is. */
const PREVIEW_COLUMNS = 8;

/** A wide table's hundreds of key columns are described once, by pointing at its labels file. */
function fieldsShown(dataset: Dataset) {
	const fields = dataset.fields.map(([name, type, description]) => ({ name, type, description }));
	if (!/^wide-\d+$/.test(dataset.name)) return fields;
	const ids = fields.filter((f) => !f.name.includes('.'));
	return [...ids, { name: '<模板键>', type: 'number', description: `其余 ${fields.length - ids.length} 列每列一个模板键，中文列名、单位和定义见 ${dataset.name}-labels.csv` }];
}

export async function load() {
	const data = await siteData();
	const bytes = (name: string) => data.files.get(name)?.bytes ?? 0;
	const datasets = [...data.datasets.values()].map(({ dataset, rows, preview }) => {
		const columns = dataset.fields.map((f) => f[0]);
		const shown = columns.slice(0, PREVIEW_COLUMNS);
		return {
			name: dataset.name,
			title: dataset.title,
			purpose: dataset.purpose,
			description: dataset.description,
			year: dataset.year ?? null,
			rows,
			columnCount: columns.length,
			files: [`${dataset.name}.csv`, `${dataset.name}-excel.csv`, ...(dataset.json ? [`${dataset.name}.json`] : [])].map((name) => ({ name, bytes: bytes(name) })),
			fields: fieldsShown(dataset),
			preview: { columns: shown, rows: preview.map((r) => shown.map((c) => r[c] ?? null)) }
		};
	});
	return {
		datasets,
		sqlite: { bytes: bytes('nianbao.sqlite'), query: datasetteMetadata(DATASETS).databases.nianbao.queries.review_corrected_by_year },
		packageBytes: bytes('datapackage.json'),
		keys: KEYS.map((k) => ({ key: k.key, name: k.name, unit: k.unit }))
	};
}
