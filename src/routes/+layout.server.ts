import { siteSearchIndex } from '$lib/server/site';
import { siteOrigin } from '$lib/server/origin';
import * as urls from '$lib/urls';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ url }) => {
	const origin = siteOrigin();
	return { searchIndex: urls.searchFile((await siteSearchIndex()).manifest), canonical: origin ? urls.absolute(url.pathname, origin) : null };
};
