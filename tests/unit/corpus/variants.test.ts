import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFile } from '../../../src/lib/parse';
import { GOLDEN } from '../../../scripts/golden';
import { compareCells } from '../../../scripts/golden/compare';
import { variantsOf } from '../../../scripts/golden/variants';
import { corpusFile, hasCorpus } from '../../helpers/seed';

const cases = GOLDEN.flatMap((g) =>
	g.forms.flatMap((form) => variantsOf(form, false).map((v) => ({ g, form, v, label: `${g.name}.${form}, ${v.name}` })))
);

describe.skipIf(!hasCorpus)('corpus reports in variant forms made at run time recover every golden cell', () => {
	it.each(cases)('$label', async ({ g, form, v }) => {
		const bytes = await v.make(new Uint8Array(readFileSync(corpusFile(`${g.name}.${form}`))));
		const { report, problems } = await parseFile(bytes, v.file(g.name));
		expect(problems).toEqual([]);
		expect(report.agency).toBe(g.agency);
		for (const c of compareCells(report, g)) expect(c.actual, c.where).toBe(c.expected);
	});
});

const lossy = GOLDEN.flatMap((g) =>
	g.forms.flatMap((form) => variantsOf(form, true).map((v) => ({ g, form, v, label: `${g.name}.${form}, ${v.name}` })))
);

describe.skipIf(!hasCorpus)('corpus reports in forms that lose line breaks or empty cells: no cell wrong, the rest named', () => {
	it.each(lossy)('$label', async ({ g, form, v }) => {
		const bytes = await v.make(new Uint8Array(readFileSync(corpusFile(`${g.name}.${form}`))));
		const { report, problems } = await parseFile(bytes, v.file(g.name));
		const cells = compareCells(report, g);
		for (const c of cells) if (c.actual != null) expect(c.actual, c.where).toBe(c.expected);
		if (cells.some((c) => c.actual !== c.expected)) expect(problems.length).toBeGreaterThan(0);
	});
});
