import type { Model } from './forms';
import { renderHtml, renderText } from './forms';

/**
 * The made-up 2019 model as crawlers save a page's text, every shape with its whitespace collapsed:
 * what BeautifulSoup's get_text() gives with a space separator and with none (tags stripped with
 * nothing between them, so a table's cells run together), a CSV export of a get_text('\n'), a JSON
 * record, and a page whose chrome (breadcrumb, 字体 大中小, 打印本页 关闭窗口, 分享到, the 索引号 box)
 * stands on the same line as the body; and a reader service's Markdown (jina-like: Title:, URL Source:,
 * Published Time:, then "Markdown Content:"), as it comes and collapsed by a CSV export.
 */
export type CrawlerShape = 'soup-space' | 'soup-none' | 'soup-minified' | 'csv-cell' | 'json' | 'python-dict' | 'chrome' | 'reader' | 'reader-collapsed';

const cell = (t: string, span = '') => `<td${span}><p><span>${t}</span></p></td>`;
const T3_HEADER = `<tr>${['申请人情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((t) => cell(t)).join('')}</tr>`;
/** 表三's header as the template prints it: 法人或其他组织 over five columns, so its words interleave with 其他 and 总计. */
const T3_HEADER_AS_PUBLISHED =
	`<tr>${cell('本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和', ' colspan="3" rowspan="3"')}${cell('申请人情况', ' colspan="7"')}</tr>` +
	`<tr>${cell('自然人', ' rowspan="2"')}${cell('法人或其他组织', ' colspan="5"')}${cell('总计', ' rowspan="2"')}</tr>` +
	`<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t)).join('')}</tr>`;

/** The page with more of the chrome government CMSs put around an article. */
function page(m: Model): string {
	return renderHtml(m)
		.replace('<div class="nav">', '<div class="nav">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a> &gt; <a href="/nb">年度报告</a> ')
		.replace(
			'<div class="TRS_Editor">',
			`<table class="xxgk"><tr><td>索引号：</td><td>11320000-0000/2024-00001</td><td>主题分类：</td><td>政务公开</td></tr><tr><td>发文机关：</td><td>${m.agency}</td><td>成文日期：</td><td>2024-01-20</td></tr></table><div class="tool">【字体：<a>大</a> <a>中</a> <a>小</a>】 分享到：</div><div class="TRS_Editor">`
		)
		.replace('<div class="footer">', '<div class="tool">【打印本页】 【关闭窗口】 【我要纠错】</div><div class="pages">上一篇：示例市测试局2022年政府信息公开工作年度报告 下一篇：无</div><div class="footer">')
		.replace(/(<div class="info">[^<]*)<\/div>/, '$1 浏览次数：1024</div>')
		.replace(T3_HEADER, T3_HEADER_AS_PUBLISHED);
}

/** Tags stripped: with `sep` between every two text nodes (get_text(sep)), whitespace then collapsed. */
function stripTags(html: string, sep: string, collapse: RegExp = /\s+/g): string {
	const body = html.replace(/<head>[\s\S]*<\/head>/, '');
	return body
		.replace(/<[^>]+>/g, sep)
		.replace(/&nbsp;/g, ' ')
		.replace(/&gt;/g, '>')
		.replace(/&lt;/g, '<')
		.replace(/&amp;/g, '&')
		.replace(collapse, ' ')
		.trim();
}

export function renderCrawler(m: Model, shape: CrawlerShape): string {
	const title = `${m.agency}${m.title}`;
	const url = 'http://www.example.gov.cn/xxgk/nb/2024/0120/1.html';
	switch (shape) {
		case 'soup-space':
			return stripTags(page(m), ' ');
		case 'soup-none':
			// get_text() keeps the page's own newlines between elements; the cells of a minified table run together.
			return stripTags(page(m).replace(/>\s+</g, (s) => (/\n/.test(s) ? '>\n<' : '><')), '');
		case 'soup-minified':
			// A page served with no whitespace between its tags: not a space anywhere but inside text.
			return stripTags(page(m).replace(/>\s+</g, '><'), '');
		case 'csv-cell': {
			const text = stripTags(page(m), '\n').replace(/"/g, '""');
			return `url,title,pub_date,content\n${url},${title},2024-01-20,"${text}"\n`;
		}
		case 'json': {
			const text = stripTags(page(m), ' ');
			return JSON.stringify({ title, url, publish_time: '2024-01-20 10:00:00', source: m.agency, content: text });
		}
		case 'python-dict': {
			// print(item) of a Scrapy item whose content is get_text('\n'): single quotes, line breaks as \n escapes.
			// get_text('\n'): every text node on a line of its own.
			const lines = stripTags(page(m).replace(/\n/g, ' '), '\n', /[ \t]+/g).split('\n');
			const text = lines.map((l) => l.trim()).filter(Boolean).join('\\n');
			return `{'title': '${title}', 'url': '${url}', 'source': '${m.agency}', 'content': '${text}'}`;
		}
		case 'chrome':
			return `${title}_示例市人民政府 ${stripTags(page(m), ' ')}`;
		case 'reader':
		case 'reader-collapsed': {
			const body = renderText(m, 'markdown').split('\n').slice(3).join('\n');
			const text = `Title: ${title}_示例市人民政府\n\nURL Source: ${url}\n\nPublished Time: 2024-01-20T10:00:00+08:00\n\nMarkdown Content:\n${body}`;
			return shape === 'reader' ? text : text.replace(/\s+/g, ' ');
		}
	}
}

/**
 * A page's text as a crawler that saves pages to text folders writes it: its header block (标题, 发布时间,
 * 文号, 发布机构, 栏目, 原文链接, 本地目录), its note on the links file and the "==== 正文 ====" separator, then the
 * page's share bar and the body. `separator: false` leaves the separator out; `collapsed` puts it all on one line.
 */
export function withCrawlerHeader(body: string, o: { title?: string; published?: string; url?: string; separator?: boolean; collapsed?: boolean } = {}): string {
	const head = [
		`标题: ${o.title ?? '示例市测试局2023年政府信息公开工作年度报告'}`,
		`发布时间: ${o.published ?? '2024-01-20 10:30'}`,
		'文号: ',
		'发布机构: 示例市测试局',
		'栏目: 年度报告',
		`原文链接: ${o.url ?? 'http://www.example.gov.cn/xxgk/nb/2024/0120/1.html'}`,
		'本地目录: pages/2024/0120-1',
		'页面链接与图片详见 links.tsv',
		...(o.separator === false ? [] : ['==== 正文 ====']),
		'微信 微博 QQ空间 分享',
		'扫一扫'
	];
	const text = `${head.join('\n')}\n${body}`;
	return o.collapsed ? text.replace(/\s+/g, ' ') : text;
}
