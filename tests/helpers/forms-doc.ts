import { tableBlocks, type Model } from './forms';
import { writeDoc, type DocBlock } from './doc-writer';

/** The model as a legacy Word document (.doc): paragraphs, and tables as Word table rows (blank cells empty). */
export function renderDoc(m: Model): Uint8Array {
	const blocks: DocBlock[] = [{ paragraph: m.agency }, { paragraph: m.title }, { paragraph: m.date }];
	const tables = tableBlocks(m);
	for (const p of m.parts) {
		blocks.push({ paragraph: `${p.number}${p.title}` }, ...p.text.map((t) => ({ paragraph: t })));
		for (const s of p.subs ?? []) blocks.push({ paragraph: `${s.number}${s.title}` }, ...s.text.map((t) => ({ paragraph: t })));
		if (!p.table) continue;
		for (const b of tables[p.table]) {
			if (b.heading) blocks.push({ paragraph: b.heading });
			blocks.push({ row: b.header });
			for (const r of b.rows) blocks.push({ row: [r.label, ...(r.cells.length ? r.cells.map((c) => (c === null ? '' : String(c))) : Array(b.header.length - 1).fill(''))] });
		}
		if (p.table === 't4') blocks.push({ paragraph: '表四所列复议案件均已审结。' });
	}
	return writeDoc(blocks);
}

/** The seed as a legacy Word document: its text as paragraphs, its 2008 appendix as a Word table. */
export function renderSeedDoc(before: string[], header: string[], rows: string[][]): Uint8Array {
	return writeDoc([...before.map((paragraph) => ({ paragraph })), { row: header }, ...rows.map((row) => ({ row })), { paragraph: '扫一扫在手机打开当前页' }]);
}
