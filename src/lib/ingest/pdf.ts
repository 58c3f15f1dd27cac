import type { SourceLine } from './source';

interface Item {
	str: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

/**
 * Lines of a PDF rebuilt from text positions (pdfjs-dist): items are grouped into lines by their
 * baseline and ordered by x; a gap wider than a third of the font size is a space, and one of an em or
 * more (cells at column positions) two spaces, as text tables space their cells. Table rows therefore come
 * out as label and numbers on one line, whatever order the PDF stored them in.
 */
export async function readPdf(bytes: Uint8Array): Promise<SourceLine[]> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await getDocument({
		data: bytes.slice(),
		disableFontFace: true,
		isEvalSupported: false,
		useSystemFonts: false,
		verbosity: 0
	}).promise;
	const out: SourceLine[] = [];
	for (let p = 1; p <= doc.numPages; p++) {
		const page = await doc.getPage(p);
		const content = await page.getTextContent();
		const items: Item[] = [];
		for (const it of content.items) {
			if (!('str' in it) || it.str.trim() === '') continue;
			const [a, b, , d, e, f] = it.transform as number[];
			items.push({ str: it.str, x: e, y: f, width: it.width, size: Math.hypot(a, b) || Math.abs(d) || 10 });
		}
		out.push(...groupLines(items));
		page.cleanup();
	}
	await doc.destroy();
	return out;
}

/** Groups positioned items into lines, top to bottom, each left to right. */
export function groupLines(items: Item[]): SourceLine[] {
	const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: Item[][] = [];
	for (const it of sorted) {
		const line = lines[lines.length - 1];
		const tolerance = Math.max(2, 0.3 * Math.min(it.size, line?.[0].size ?? it.size));
		if (line && Math.abs(line[0].y - it.y) <= tolerance) line.push(it);
		else lines.push([it]);
	}
	return lines.map((line) => {
		line.sort((a, b) => a.x - b.x);
		let text = '';
		line.forEach((it, i) => {
			const prev = line[i - 1];
			const gap = prev ? it.x - (prev.x + prev.width) : 0;
			// Two spaces for a gap of an em or more (table cells at column positions), as text tables space their cells.
			if (prev && gap >= prev.size) text += '  ';
			else if (prev && gap > prev.size / 3) text += ' ';
			text += it.str;
		});
		return { text };
	});
}
