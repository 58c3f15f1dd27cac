import { searchManifestName } from '$lib/server/search-files';
import { siteOrigin } from '$lib/server/origin';
import * as urls from '$lib/urls';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ url }) => {
	const origin = siteOrigin();
	return { searchIndex: urls.searchFile(searchManifestName()), canonical: origin ? urls.absolute(url.pathname, origin) : null };
};
