import { siteSearchIndex } from '$lib/server/site';
import * as urls from '$lib/urls';

export async function load() {
	return { searchIndex: urls.searchFile((await siteSearchIndex()).manifest) };
}
