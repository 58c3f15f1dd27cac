import { siteSearchIndex } from '$lib/server/site';
import * as urls from '$lib/urls';

export function load() {
	return { searchIndex: urls.searchIndex(siteSearchIndex().hash) };
}
