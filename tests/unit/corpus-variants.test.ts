import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFile } from '../../src/lib/parse';
import { GOLDEN } from '../../scripts/golden';
import { compareCells } from '../../scripts/golden/compare';
import { HTML_VARIANTS, TEXT_VARIANTS } from '../../scripts/golden/variants';
import { corpusFile, hasCorpus } from '../helpers/seed';

const cases = GOLDEN.flatMap((g) =>
	g.forms.flatMap((form) => (form === 'txt' ? TEXT_VARIANTS : form === 'html' ? HTML_VARIANTS : []).map((v) => ({ g, form, v, label: `${g.name}.${form}, ${v.name}` })))
);

describe.skipIf(!hasCorpus)('corpus reports in variant forms made at run time recover every golden cell', () => {
	it.each(cases)('$label', async ({ g, form, v }) => {
		const bytes = v.make(new Uint8Array(readFileSync(corpusFile(`${g.name}.${form}`))));
		const { report, problems } = await parseFile(bytes, v.file(g.name));
		expect(problems).toEqual([]);
		expect(report.agency).toBe(g.agency);
		for (const c of compareCells(report, g)) expect(c.actual, c.where).toBe(c.expected);
	});
});
