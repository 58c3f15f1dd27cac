/**
 * The metadata block converters and web clippers put before the text: YAML front matter between `---`
 * lines (title:, date:, source: …). A reader's header (Title: … URL Source: … Published Time: …) is left
 * to the front matter reader, ingest/report/meta.ts, which reads such field lines wherever they come from. The title
 * is report text, so it becomes the first line, as a title line is; a date becomes a 发布日期 line,
 * which the front matter reader takes as the publication date; the rest (links, tools, tags, an author
 * that is often a PDF's "Administrator") is left out and listed.
 */
export function readFrontMatter(src: string[]): { lines: string[]; dropped: string[] } {
	const yaml = src[0]?.trim() === '---' ? src.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l)) : -1;
	// A reader's header stays as it is: its field lines (Title:, Published Time:) are read like a crawler's.
	if (yaml <= 0) return { lines: src, dropped: [] };
	const fields = src.slice(1, yaml);
	const rest = src.slice(yaml + 1);
	const lines: string[] = [];
	const dropped: string[] = [];
	for (const field of fields) {
		const m = /^\s*([A-Za-z][\w -]*?)\s*:\s*(.*)$/.exec(field);
		const value = (m?.[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
		const date = /^(\d{4}-\d{1,2}-\d{1,2})/.exec(value);
		if (m && /^title$/i.test(m[1]) && value) lines.push(value, '');
		else if (m && /^(date|published( time)?|pubdate|created)$/i.test(m[1]) && date) lines.push(`发布日期: ${date[1]}`, '');
		else if (field.trim()) dropped.push(field.trim());
	}
	return { lines: [...lines, ...rest], dropped };
}
