/**
 * npm run fidelity: for each corpus report and each of its forms, the share of table cells (表二, 表三,
 * 表四) the parser recovers exactly, against the golden values typed from the source documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFile } from '../src/lib/parse.ts';
import { GOLDEN } from '../tests/fixtures/golden/index.ts';
import { compareCells, exact } from '../tests/helpers/fidelity.ts';

const dir = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
if (!existsSync(dir)) {
	console.error(`nianbao fidelity: ${dir} is absent; nothing to measure`);
	process.exit(0);
}
console.log('| file | cells | exact | share |\n|---|---|---|---|');
for (const g of GOLDEN)
	for (const form of g.forms) {
		const file = `${g.name}.${form}`;
		const { report } = await parseFile(new Uint8Array(readFileSync(resolve(dir, file))), file);
		const cells = compareCells(report, g);
		const ok = cells.filter(exact).length;
		console.log(`| ${file} | ${cells.length} | ${ok} | ${((100 * ok) / cells.length).toFixed(1)}% |`);
		for (const c of cells.filter((x) => !exact(x))) console.log(`|   ${c.where}: expected ${c.expected}, read ${c.actual} | | | |`);
	}
