import { describe, expect, it } from 'vitest';
import { readCell } from '../../../../src/lib/ingest/tables/cells';

describe('reading one table cell', () => {
	it('a count may carry its unit in the cell', () => {
		for (const [raw, value] of [['12条', 12], ['3 件', 3], ['0.5万元', 0.5], ['1,234 人次', 1234], ['7项', 7]] as const) {
			expect(readCell(raw), raw).toEqual({ kind: 'number', value });
		}
	});

	it('two numbers in one cell (a line break inside an HTML cell) are text, never one number', () => {
		expect(readCell('12 40')).toEqual({ kind: 'text', text: '12 40' });
		expect(readCell('12\n40')).toEqual({ kind: 'text', text: '12\n40' });
	});

	it('an empty cell is blank and a dash is a cell with no value by design, neither of them 0', () => {
		expect(readCell(' ')).toEqual({ kind: 'blank' });
		expect(readCell('—')).toEqual({ kind: 'dash' });
		expect(readCell('约3')).toEqual({ kind: 'text', text: '约3' });
	});
});
