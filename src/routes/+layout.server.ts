import { siteSearchIndex } from '$lib/server/site';
import { siteOrigin } from '$lib/server/origin';
import * as urls from '$lib/urls';

export async function load({ url }) {
	const origin = siteOrigin();
	return { searchIndex: urls.searchFile((await siteSearchIndex()).manifest), canonical: origin ? urls.absolute(url.pathname, origin) : null };
}
