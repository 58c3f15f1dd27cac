import { describe, expect, it } from 'vitest';
import { detectBinaryForm, detectTextForm } from '../../../../src/lib/ingest/forms/detect';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);

describe('detectBinaryForm', () => {
	it('tells PDF, DOCX and DOC by their first bytes, whatever the file is called', () => {
		expect(detectBinaryForm(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
		expect(detectBinaryForm(bytes(0x50, 0x4b, 0x03, 0x04))).toBe('docx');
		expect(detectBinaryForm(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('doc');
	});

	it('leaves text of any kind (and too short a file) to the text forms', () => {
		expect(detectBinaryForm(new TextEncoder().encode('示例市2023年政府信息公开工作年度报告'))).toBeNull();
		expect(detectBinaryForm(new Uint8Array([0x25, 0x50]))).toBeNull();
	});
});

describe('detectTextForm', () => {
	const body = '一、总体情况\n本机关认真贯彻落实。\n二、主动公开政府信息情况\n';

	it('names a page by its markup or its .html name', () => {
		expect(detectTextForm(`<html><body><p>${body}</p></body></html>`, 'x.txt')).toBe('html');
		expect(detectTextForm(body, 'x.html')).toBe('html');
	});

	it('keeps a .md file Markdown under a <div> wrapper, but a whole page saved as .md is a page', () => {
		expect(detectTextForm(`<div>\n# 示例\n\n${body}| a | b |\n|---|---|\n`, 'x.md')).toBe('markdown');
		expect(detectTextForm(`<!doctype html><html><body>${body}</body></html>`, 'x.md')).toBe('html');
	});

	it('names tables drawn in box-drawing characters before Markdown', () => {
		expect(detectTextForm(`${body}┌──┬──┐\n│规章│0 │\n└──┴──┘\n`, 'x.txt')).toBe('box-drawn');
	});

	it('tells collapsed text (the body on one long line with inline parts) from plain text', () => {
		const collapsed = `示例局2023年政府信息公开工作年度报告 ${'一、总体情况 本机关认真贯彻落实。'.repeat(10)} 二、主动公开政府信息情况 ${'全年主动公开信息。'.repeat(40)} 三、收到和处理政府信息公开申请情况 无。`;
		expect(detectTextForm(collapsed, 'x.txt')).toBe('collapsed');
		expect(detectTextForm(body, 'x.txt')).toBe('text');
	});
});
