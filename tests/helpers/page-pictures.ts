/**
 * Reports posted as pictures of their pages, as many agencies post the stamped scan: each page of a
 * scanned paper a JPEG (as sites keep them), set one after another in a CMS's article under the report's
 * title (an <h1> above the TRS editor, or the <title> alone), or pasted page by page into a Word file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';

/** Each page of a PDF as a JPEG of the given resolution and quality. */
export function pageJpegs(pdf: Uint8Array, dpi: number, quality: number): Uint8Array[] {
	const dir = mkdtempSync(join(tmpdir(), 'nianbao-pages-'));
	try {
		execFileSync('pdftoppm', ['-r', String(dpi), '-jpeg', '-jpegopt', `quality=${quality}`, '-', join(dir, 'p')], { input: pdf, stdio: ['pipe', 'ignore', 'ignore'] });
		return readdirSync(dir).sort().map((f) => new Uint8Array(readFileSync(join(dir, f))));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * A CMS page whose article is the report's pictures, `srcs` in order; its title in an <h1> above the article
 * (or, with `h1: false`, in <title> only), a logo in its chrome. With `tables`, laid out as old CMS pages
 * are: the chrome, the title, its date line and the pictures each in a table's cell, and no TRS editor.
 */
export function pagePicturesHtml(title: string, srcs: string[], options: { h1?: boolean; tables?: boolean } = {}): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const pictures = srcs.map((src) => `<p style="text-align:center"><img src="${src}" width="600"></p>`).join('\n');
	if (options.tables)
		return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>
<table width="980" align="center"><tr><td><img src="logo.gif"></td></tr><tr><td><a href="/">首页</a> &gt; 政务公开</td></tr></table>
<table width="980" align="center"><tr><td class="title" align="center"><b>${esc(title)}</b></td></tr>
<tr><td align="center">发布日期：2024-01-20 来源：示例市人民政府</td></tr>
<tr><td>${pictures}</td></tr></table>
<table width="980" align="center"><tr><td>版权所有 示例市人民政府</td></tr></table></body></html>`;
	return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}_示例市人民政府</title></head><body>
<div class="header"><img src="logo.png" alt="示例市人民政府"></div>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开</a> &gt; 年度报告</div>
<div class="article">${options.h1 === false ? '' : `<h1>${esc(title)}</h1>`}<div class="info">发布时间：2024-01-20</div>
<div class="TRS_Editor">${pictures}</div></div>
<div class="footer">主办单位：示例市人民政府办公室 网站标识码 0000000000</div></body></html>`;
}

/** A Word file holding the report's title and then its pages as pictures (JPEG, `width` × `height` pixels each), one a paragraph. */
export async function pagePicturesDocx(title: string, jpegs: Uint8Array[], width: number, height: number): Promise<Uint8Array> {
	const pages = jpegs.map((data) => new Paragraph({ children: [new ImageRun({ type: 'jpg', data, transformation: { width: 576, height: Math.round((576 * height) / width) } })] }));
	const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(title)] }), ...pages] }] });
	return new Uint8Array(await Packer.toBuffer(doc));
}
