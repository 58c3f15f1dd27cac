import { afterAll, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';

// `npm run build` as the prerender sees it: the made-up reports, and another process writing the plain files.
process.env.REPORTS_DIR = 'tests/fixtures/reports';
process.env.NIANBAO_BESIDE = '/nonexistent/written-by-another-process';
delete process.env.NIANBAO_CATALOGUE;
const reportData = await import('../../../src/routes/data/reports/[file]/+server');
const siteData = await import('../../../src/routes/data/[file]/+server');
const reportForms = await import('../../../src/routes/reports/[id]/[file]/+server');
const searchData = await import('../../../src/routes/search-data/[file]/+server');
const { searchManifestName } = await import('../../../src/lib/server/search-files');
afterAll(() => {
	delete process.env.NIANBAO_BESIDE;
});

type Handler = (event: never) => Promise<Response> | Response;
const answer = async (handler: Handler, params: Record<string, string>): Promise<number> => {
	try {
		return (await handler({ params } as never)).status;
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
};

describe('endpoints while another process writes the files', () => {
	it('answer 204 for every name a page links to, so Kit saves nothing for them', async () => {
		expect(await answer(reportData.GET as Handler, { file: 'shili-xian-2019.csv' })).toBe(204);
		expect(await answer(reportData.GET as Handler, { file: 'shili-xian-2019-excel.csv' })).toBe(204);
		expect(await answer(siteData.GET as Handler, { file: 'nianbao.sqlite' })).toBe(204);
		expect(await answer(siteData.GET as Handler, { file: 'indicators-2019.csv' })).toBe(204);
		expect(await answer(reportForms.GET as Handler, { id: 'shili-xian-2019', file: 'source.txt' })).toBe(204);
		expect(await answer(searchData.GET as Handler, { file: searchManifestName() })).toBe(204);
	});

	it('answer 404 for a name no report has, so a broken link still fails the build', async () => {
		expect(await answer(reportData.GET as Handler, { file: 'nobody.csv' })).toBe(404);
		expect(await answer(siteData.GET as Handler, { file: 'indicators-1999.csv' })).toBe(404);
		expect(await answer(reportForms.GET as Handler, { id: 'shili-xian-2019', file: 'also.pdf' })).toBe(404);
		expect(await answer(reportForms.GET as Handler, { id: 'nobody', file: 'source.txt' })).toBe(404);
		expect(await answer(searchData.GET as Handler, { file: 'terms-0000000000.json' })).toBe(404);
	});

	it('list only the search manifest for the prerender, the one index file every page names', async () => {
		expect(await (searchData.entries as () => Promise<{ file: string }[]>)()).toEqual([{ file: searchManifestName() }]);
	});
});
