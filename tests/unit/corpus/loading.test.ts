import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../../src/lib/server/reports';
import { SEED_FILE } from '../../helpers/seed';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-reports-'));
copyFileSync(SEED_FILE, join(dir, 'hengyang-guotu-2018.txt'));
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
writeFileSync(join(dir, 'prose.txt'), '这是一段没有任何编号标题的文字。\n');
writeFileSync(join(dir, 'notes.rtf'), '{\\rtf1 not a report}');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a reports folder with bad files', () => {
	it('keeps the good report and names each bad file with its reason', async () => {
		const { reports, failures } = await loadCorpus(dir);
		expect(reports.map((r) => r.report.id)).toEqual(['hengyang-guotu-2018']);
		expect(failures.map((f) => f.message)).toEqual([
			`nianbao: ${join(dir, 'binary.txt')}: binary file, not text (it contains NUL or control bytes)`,
			`nianbao: ${join(dir, 'empty.txt')}: empty file`,
			`nianbao: ${join(dir, 'prose.txt')}: no recognisable outline: expected numbered parts such as 一、… 二、… and found 0`
		]);
	});

	it('keeps the raw text of every report it reads', async () => {
		const [seed] = (await loadCorpus(dir)).reports;
		expect(seed.text).toMatch(/^衡阳市国土资源局\n2018年政府信息公开年度报告/);
		expect(seed.text).toContain('扫一扫在手机打开当前页');
	});

	it('says so plainly when the folder does not exist', async () => {
		await expect(loadCorpus(join(dir, 'missing'))).rejects.toThrow(/reports folder not found/);
	});
});
