import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { namesInOrder } from '../../../../../src/lib/ingest/tables/2019/table3-rows';

/** The longest strictly rising sequence of the names ≥ 0, by trying every subset: trivially correct, for a few runs. */
function longestRising(named: number[]): number {
	let best = 0;
	for (let mask = 0; mask < 1 << named.length; mask++) {
		const picked = named.filter((n, i) => mask & (1 << i) && n >= 0);
		if (picked.length === named.filter((_, i) => mask & (1 << i)).length && picked.every((n, i) => i === 0 || n > picked[i - 1])) best = Math.max(best, picked.length);
	}
	return best;
}

describe('namesInOrder', () => {
	it('drops the one weak name that breaks the order, and keeps the rest', () => {
		// (二)'s garbled label names 3.其他 (22) between rows that name 1 and 4.
		expect(namesInOrder([0, 1, -1, 22, 4, 5, 6], [false, false, false, true, false, false, false])).toEqual([0, 1, -1, -1, 4, 5, 6]);
	});

	it('keeps a strong name out of order: an agency may print two rows swapped', () => {
		expect(namesInOrder([15, 17, 16, 18], [false, false, false, false])).toEqual([15, 17, 16, 18]);
	});

	it('keeps weak names where they rise with the others ((七)总计 after the rows it sums)', () => {
		expect(namesInOrder([20, 21, 23, 24], [false, false, true, false])).toEqual([20, 21, 23, 24]);
	});

	it('keeps every strong name, and of weak ones only a longest rising sequence, as trying every subset finds it', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 12 }), fc.boolean()), { maxLength: 10 }), (runs) => {
				const named = runs.map(([n]) => n);
				const weak = runs.map(([, w]) => w);
				const kept = namesInOrder(named, weak);
				kept.forEach((n, i) => expect(n === named[i] || (weak[i] && n === -1)).toBe(true));
				// All weak: what is kept is a rising sequence as long as the longest.
				const allWeak = namesInOrder(named, named.map(() => true)).filter((n) => n >= 0);
				expect(allWeak.every((n, i) => i === 0 || n > allWeak[i - 1])).toBe(true);
				expect(allWeak.length).toBe(longestRising(named));
			})
		);
	});
});
