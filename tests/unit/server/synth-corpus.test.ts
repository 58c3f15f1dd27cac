import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse';
import { synthCorpus } from '../../../scripts/synth-corpus';
import { tempFolders } from '../../helpers/temp-folders';

const fresh = tempFolders('nianbao-synth-');

describe('the synthetic corpus generator', () => {
	it('writes N reports that all parse, each with its own agency', () => {
		const dir = fresh();
		synthCorpus(12, dir, 7);
		const files = readdirSync(dir);
		expect(files).toHaveLength(12);
		const agencies = files.map((f) => parseReport(readFileSync(join(dir, f), 'utf8'), f).report.agency);
		expect(agencies.every((a) => a && /(政府|办公室|局|委员会)$/.test(a))).toBe(true);
		expect(new Set(agencies).size).toBeGreaterThan(10);
	});

	it('gives the same files for the same seed and other files for another', () => {
		const [a, b, c] = [fresh(), fresh(), fresh()];
		synthCorpus(3, a, 5);
		synthCorpus(3, b, 5);
		synthCorpus(3, c, 6);
		const read = (d: string) => readdirSync(d).map((f) => readFileSync(join(d, f), 'utf8'));
		expect(read(a)).toEqual(read(b));
		expect(read(a)).not.toEqual(read(c));
	});
});
