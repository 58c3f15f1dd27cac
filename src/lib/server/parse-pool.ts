/**
 * Runs parse jobs on worker threads, one job per worker at a time, each worker under the build's
 * limits (limited-worker.ts): a report over a limit is left out with one line and a fresh worker
 * takes the next job, so one bad file never stops a build.
 */
import type { ReportGroup } from './inventory';
import { shown } from './log-text';
import type { ResultMeta } from './parse-cache';
import type { ParseLimits } from './limits';
import { LimitedWorker } from './limited-worker';

export interface PoolJob {
	group: ReportGroup;
	key: string;
}

export async function runPool(jobs: PoolJob[], limits: ParseLimits, done: (job: PoolJob, meta: ResultMeta) => void): Promise<void> {
	let next = 0;
	const lane = async (): Promise<void> => {
		const worker = new LimitedWorker(limits);
		while (next < jobs.length) {
			const index = next++;
			const job = jobs[index];
			const answer = await worker.run<{ job: number; meta: ResultMeta }>({ job: index, group: job.group, key: job.key, limits });
			if ('stopped' in answer) {
				const file = job.group.forms[0].path;
				done(job, { entry: null, failures: [{ file, message: `nianbao: ${shown(file)}: ${answer.stopped}; left out` }] });
			} else done(job, answer.meta);
		}
		await worker.stop();
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limits.workers, jobs.length)) }, lane));
}
