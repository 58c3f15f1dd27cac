import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { boxTablesAsGrid, hasBoxTables } from '../../../../../src/lib/ingest/forms/text/box-tables';
import { placeChars } from '../../../../../src/lib/ingest/forms/markdown/columns';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderMarkdown } from '../../../../fixtures/markdown/forms';
import { expectSameModelReport } from '../../../../helpers/same-report';

/**
 * A grid table's ASCII redrawn as a text browser (w3m -dump) draws it: each + becomes the corner, tee or
 * cross its neighbours call for (looked up by display column: a CJK character is two wide), - and = a
 * horizontal and | a vertical line. Lines outside tables stay.
 */
function boxDrawn(text: string): string {
	const lines = text.split('\n');
	const byColumn = lines.map((line) => new Map(placeChars(line).map((c) => [c.x, c.ch])));
	const at = (r: number, x: number) => byColumn[r]?.get(x) ?? ' ';
	return lines
		.map((line, r) =>
			/^\s*[+|]/.test(line)
				? placeChars(line)
						.map(({ ch, x }) => {
							if (ch === '-' || ch === '=') return '─';
							if (ch === '|') return '│';
							if (ch !== '+') return ch;
							const [up, down, left, right] = [/[|+]/.test(at(r - 1, x)), /[|+]/.test(at(r + 1, x)), /[-=+]/.test(at(r, x - 1)), /[-=+]/.test(at(r, x + 1))];
							const key = `${+up}${+down}${+left}${+right}`;
							return { '0101': '┌', '0110': '┐', '1001': '└', '1010': '┘', '1101': '├', '1110': '┤', '0111': '┬', '1011': '┴', '0011': '─', '1100': '│' }[key] ?? '┼';
						})
						.join('')
				: line
		)
		.join('\n');
}

describe('tables drawn in box-drawing characters (a text browser\'s dump of a page)', () => {
	const text = boxDrawn(renderMarkdown(MODEL, 'grid'));

	it('the made-up report with its tables drawn in box characters gives the model back', () => {
		expect(text).toMatch(/┌─+[┬┐]/);
		expect(text).not.toMatch(/^\s*\+-/m);
		expectSameModelReport(parseReport(text, 'shili-2023.txt').report);
	});

	it('only the lines of a table change, and text with no box-drawn table is left alone', () => {
		expect(hasBoxTables('一、总体情况\n全年工作有序开展。')).toBe(false);
		expect(hasBoxTables(text)).toBe(true);
		const grid = boxTablesAsGrid(`说明:│ 不是表格\n${text}`);
		expect(grid.split('\n')[0]).toBe('说明:│ 不是表格');
		expect(grid.split('\n').slice(1).join('\n')).not.toMatch(/[┌┬┐├┼┤└┴┘─│]/);
	});
});
