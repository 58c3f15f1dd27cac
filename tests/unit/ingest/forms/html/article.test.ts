import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { articleOf, reportInPictures } from '../../../../../src/lib/ingest/forms/html/article';
import { articleImages } from '../../../../../src/lib/ingest/forms/html/pictures';
import { attr, descendants, isElement, type Node } from '../../../../../src/lib/ingest/forms/html/dom';
import { renderHtml } from '../../../../helpers/forms';
import { MODEL } from '../../../../fixtures/template2019/model';
import { pagePicturesHtml } from '../../../../helpers/page-pictures';

const classOf = (n: Node) => (isElement(n) ? attr(n, 'class') : undefined);

describe('the article of a page', () => {
	it('is where the report\'s text is, its chrome\'s pictures aside: only the article\'s pictures are read', () => {
		const doc = parse(renderHtml(MODEL, 'biao3.png'));
		expect(reportInPictures(doc)).toBe(false);
		expect(classOf(articleOf(doc))).toBe('TRS_Editor');
		expect(articleImages(doc).map((img) => attr(img, 'src'))).toEqual(['biao3.png']);
	});

	it('of a report posted as pictures of its pages (its title alone in text), is where the pictures OCR read most stand, not its title', () => {
		const doc = parse(pagePicturesHtml('示例市测试局2023年政府信息公开工作年度报告', ['p1.jpg', 'p2.jpg']));
		expect(reportInPictures(doc)).toBe(true);
		// By its text, the title is the article, and the pictures of its pages lie outside it.
		expect(isElement(articleOf(doc)) && (articleOf(doc) as { tagName: string }).tagName).toBe('h1');
		// Every picture of the page is read (which hold the report is known once OCR has read them): the logo too.
		const images = articleImages(doc);
		expect(images.map((img) => attr(img, 'src'))).toEqual(['logo.png', 'p1.jpg', 'p2.jpg']);
		const read = new Map(images.map((img) => [img as Node, attr(img, 'src') === 'logo.png' ? 6 : 420]));
		expect(classOf(articleOf(doc, read))).toBe('TRS_Editor');
	});

	it('of an old CMS page laid out in tables, its pages posted as pictures in a cell: every picture is found, and the article is their cell', () => {
		const doc = parse(pagePicturesHtml('示例市测试局2023年政府信息公开工作年度报告', ['p1.jpg', 'p2.jpg'], { tables: true }));
		expect(reportInPictures(doc)).toBe(true);
		const images = articleImages(doc);
		expect(images.map((img) => attr(img, 'src'))).toEqual(['logo.gif', 'p1.jpg', 'p2.jpg']);
		const read = new Map(images.map((img) => [img as Node, attr(img, 'src') === 'logo.gif' ? 6 : 420]));
		const article = articleOf(doc, read);
		expect(isElement(article) && article.tagName).toBe('td');
		expect(descendants(article, 'img').map((img) => attr(img, 'src'))).toEqual(['p1.jpg', 'p2.jpg']);
	});
});
