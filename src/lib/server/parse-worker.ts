/**
 * One parse worker (run under limits by limited-worker.ts). A build job names a report's files: it is
 * parsed, stored, and answered with its summary. A file job (`npm run parse`) names one file: it is
 * answered with the report as JSON and its problems, or with the one line saying why it cannot be used.
 */
import { parentPort } from 'node:worker_threads';
import { parseGroup, parseForm } from './parse-group';
import { storeResult } from './parse-cache';
import type { ReportGroup } from './inventory';
import { shown } from './log-text';
import type { ParseLimits } from './limits';
import type { Problem } from '../types';
import { ParseError } from '../parse';

export interface GroupJob {
	job: number;
	group: ReportGroup;
	key: string;
	limits: ParseLimits;
}

export interface FileJob {
	job: number;
	file: string;
	limits: ParseLimits;
}

export type FileAnswer = { job: number } & ({ json: string; problems: Problem[] } | { error: string });

async function parseOneFile({ file, limits }: FileJob): Promise<{ json: string; problems: Problem[] } | { error: string }> {
	try {
		const { report, problems } = await parseForm({ path: file }, limits);
		return { json: JSON.stringify(report, null, 2), problems };
	} catch (e) {
		if (e instanceof ParseError) return { error: e.message };
		return { error: `nianbao: ${shown(file)}: ${(e as Error).message.split('\n')[0]}` };
	}
}

parentPort!.on('message', async (message: GroupJob | FileJob) => {
	const { job } = message;
	if ('file' in message) {
		parentPort!.postMessage({ job, ...(await parseOneFile(message)) });
		return;
	}
	const { group, key, limits } = message;
	try {
		parentPort!.postMessage({ job, meta: storeResult(key, await parseGroup(group, limits)) });
	} catch (e) {
		const file = group.forms[0].path;
		parentPort!.postMessage({ job, meta: { entry: null, failures: [{ file, message: `nianbao: ${shown(file)}: ${(e as Error).message.split('\n')[0]}` }] } });
	}
});
