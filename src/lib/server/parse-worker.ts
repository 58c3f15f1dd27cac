/** One parse worker: parses the report it is sent, stores the result, answers with its summary. */
import { parentPort } from 'node:worker_threads';
import { parseGroup } from './parse-group';
import { storeResult } from './parse-cache';
import { shown, type ReportGroup } from './inventory';
import type { ParseLimits } from './limits';

export interface ParseJob {
	job: number;
	group: ReportGroup;
	key: string;
	limits: ParseLimits;
}

parentPort!.on('message', async ({ job, group, key, limits }: ParseJob) => {
	try {
		parentPort!.postMessage({ job, meta: storeResult(key, await parseGroup(group, limits)) });
	} catch (e) {
		const file = group.forms[0].path;
		parentPort!.postMessage({ job, meta: { entry: null, failures: [{ file, message: `nianbao: ${shown(file)}: ${(e as Error).message.split('\n')[0]}` }] } });
	}
});
