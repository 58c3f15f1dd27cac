/**
 * npm run fidelity: for each corpus report and each of its forms, the share of table cells (表二, 表三,
 * 表四) the parser recovers exactly, against the golden values typed from the source documents; then the
 * same for variant forms of the text and HTML reports made at run time (scripts/golden/variants.ts).
 * `wrong` counts cells read as another number than the document's (blank or missing is not wrong).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFile } from '../src/lib/parse.ts';
import { GOLDEN } from './golden/index.ts';
import { compareCells, exact } from './golden/compare.ts';
import { variantsOf } from './golden/variants.ts';

const dir = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
if (!existsSync(dir)) {
	console.error(`nianbao fidelity: ${dir} is absent; nothing to measure`);
	process.exit(0);
}
console.log('| file | form | cells | exact | share | wrong |\n|---|---|---|---|---|---|');
for (const g of GOLDEN)
	for (const form of g.forms) {
		const file = `${g.name}.${form}`;
		const bytes = new Uint8Array(readFileSync(resolve(dir, file)));
		const variants = [...variantsOf(form, false), ...variantsOf(form, true)];
		for (const v of [{ name: 'as published', file: () => file, make: (b: Uint8Array) => b }, ...variants]) {
			let line: string;
			try {
				const { report } = await parseFile(await v.make(bytes), v.file(g.name));
				const cells = compareCells(report, g);
				const ok = cells.filter(exact).length;
				const wrong = cells.filter((c) => c.actual != null && c.actual !== c.expected).length;
				line = `| ${file} | ${v.name} | ${cells.length} | ${ok} | ${((100 * ok) / cells.length).toFixed(1)}% | ${wrong} |`;
				for (const c of cells.filter((x) => !exact(x))) line += `\n|   ${c.where}: expected ${c.expected}, read ${c.actual} | | | | | |`;
			} catch (e) {
				line = `| ${file} | ${v.name} | | | ${(e as Error).message} | |`;
			}
			console.log(line);
		}
	}
