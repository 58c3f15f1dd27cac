/**
 * Runs parse jobs on worker threads, one job per worker at a time. Each worker has a heap limit
 * (resourceLimits); a job over the time limit has its worker stopped; either way the report is
 * left out with one line and a fresh worker takes the next job, so one bad file never stops a build.
 */
import { Worker } from 'node:worker_threads';
import { shown, type ReportGroup } from './inventory';
import type { ResultMeta } from './parse-cache';
import type { ParseLimits } from './limits';

export interface PoolJob {
	group: ReportGroup;
	key: string;
}

export async function runPool(jobs: PoolJob[], limits: ParseLimits, done: (job: PoolJob, meta: ResultMeta) => void): Promise<void> {
	let next = 0;
	const lane = async (): Promise<void> => {
		let worker: Worker | null = null;
		while (next < jobs.length) {
			const index = next++;
			const job = jobs[index];
			worker ??= new Worker(new URL('./parse-worker.mjs', import.meta.url), {
				resourceLimits: { maxOldGenerationSizeMb: limits.workerMemoryMb }
			});
			const w: Worker = worker;
			const meta = await new Promise<ResultMeta | string>((settle) => {
				const finish = (value: ResultMeta | string) => {
					clearTimeout(timer);
					w.off('message', onMessage).off('error', onError).off('exit', onExit);
					settle(value);
				};
				const onMessage = (m: { job: number; meta: ResultMeta }) => m.job === index && finish(m.meta);
				const onError = (e: Error & { code?: string }) =>
					finish(
						e.code === 'ERR_WORKER_OUT_OF_MEMORY'
							? `ran out of memory while parsing (${limits.workerMemoryMb} MB, PARSE_MEMORY_MB); left out`
							: `the parse stopped: ${e.message.split('\n')[0]}; left out`
					);
				const onExit = (code: number) => finish(`the parse worker exited (code ${code}); left out`);
				const timer = setTimeout(() => finish(`took longer than ${limits.timeoutMs / 1000} s to parse (PARSE_TIMEOUT_S); left out`), limits.timeoutMs);
				w.on('message', onMessage).on('error', onError).on('exit', onExit);
				w.postMessage({ job: index, group: job.group, key: job.key, limits });
			});
			if (typeof meta === 'string') {
				await worker.terminate();
				worker = null;
				const file = job.group.forms[0].path;
				done(job, { entry: null, failures: [{ file, message: `nianbao: ${shown(file)}: ${meta}` }] });
			} else done(job, meta);
		}
		await worker?.terminate();
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limits.workers, jobs.length)) }, lane));
}
