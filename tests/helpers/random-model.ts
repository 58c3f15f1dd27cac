/**
 * The 2019 model with other numbers: seeded values of many sizes (most 0, some in the hundreds, 表二's in
 * the thousands, a fee with a decimal), every sum of the template holding. The model's own numbers are
 * mostly 0 and 1; a reader tuned to them would not be seen to be.
 */
import type { Model } from './forms';

export function randomModel(base: Model, seed: number): Model {
	let state = seed;
	const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
	const value = (max: number) => (random() < 0.55 ? 0 : Math.floor(random() ** 2 * max) + 1);
	const withTotal = (r: number[]) => [...r, r.reduce((a, b) => a + b, 0)];
	const applicants = (scale: number) => withTotal([300, 20, 5, 5, 10, 8].map((max) => value(max * scale)));
	// 表三's result rows: (一), (二), (三)1–8, (四)1–3, (五)1–5, (六)1–3.
	const results = Array.from({ length: 21 }, (_, i) => applicants(i < 2 ? 1 : 0.2));
	const total = results.reduce((sum, r) => sum.map((v, k) => v + r[k]), [0, 0, 0, 0, 0, 0, 0]);
	const carried = withTotal(total.slice(0, 6).map((v) => Math.floor(v * random() * 0.3)));
	const left = applicants(0.3);
	// 一 + 二 = (七)总计 + 四.
	const received = total.map((v, k) => v + left[k] - carried[k]);
	const t4 = [0, 1, 2].flatMap(() => withTotal([value(20), value(10), value(5), value(5)]));
	const t2 = { 规章: [value(5), value(5), value(50)], 行政规范性文件: [value(50), value(20), value(400)], 行政许可: [value(9000)], 行政处罚: [value(3000)], 行政强制: [value(100)], 行政事业性收费: [value(300) + 0.5] };
	const parts = base.parts.map((p) => (p.subs ? { ...p, subs: p.subs.map((s) => (s.number === '(二)' ? { ...s, text: [`全年新收政府信息公开申请${received[6]}件,均在法定期限内答复。`] } : s)) } : p));
	return { ...base, golden: { ...base.golden, t2, t3: [received, carried, ...results, total, left], t4 }, parts };
}
