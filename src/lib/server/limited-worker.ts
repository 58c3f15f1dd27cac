/**
 * A parse worker thread under the build's limits: its heap is capped (Worker resourceLimits,
 * PARSE_MEMORY_MB) and a job over the time limit (PARSE_TIMEOUT_S) has the worker stopped. Whatever
 * stops a job is answered as one line saying why; the thread is then replaced for the next job. Used
 * by the build's pool (parse-pool.ts) and by `npm run parse` (scripts/parse.ts), so both parse under
 * the same limits.
 */
import { Worker } from 'node:worker_threads';
import type { ParseLimits } from './limits';

export type WorkerLimits = Pick<ParseLimits, 'timeoutMs' | 'workerMemoryMb'>;

/** What a job sent to the worker must carry: its number, which the answer repeats. */
export interface NumberedJob {
	job: number;
}

export class LimitedWorker {
	private worker: Worker | null = null;

	constructor(private readonly limits: WorkerLimits) {}

	/** Sends one job; resolves with the worker's answer to it, or with the one line saying why it stopped. */
	async run<Answer extends NumberedJob>(message: NumberedJob & Record<string, unknown>): Promise<Answer | { stopped: string }> {
		const limits = this.limits;
		this.worker ??= new Worker(new URL('./parse-worker.mjs', import.meta.url), {
			resourceLimits: { maxOldGenerationSizeMb: limits.workerMemoryMb }
		});
		const w = this.worker;
		const answer = await new Promise<Answer | { stopped: string }>((settle) => {
			const finish = (value: Answer | { stopped: string }) => {
				clearTimeout(timer);
				w.off('message', onMessage).off('error', onError).off('exit', onExit);
				settle(value);
			};
			const onMessage = (m: Answer) => m.job === message.job && finish(m);
			const onError = (e: Error & { code?: string }) =>
				finish({
					stopped:
						e.code === 'ERR_WORKER_OUT_OF_MEMORY'
							? `ran out of memory while parsing (${limits.workerMemoryMb} MB, PARSE_MEMORY_MB)`
							: `the parse stopped: ${e.message.split('\n')[0]}`
				});
			const onExit = (code: number) => finish({ stopped: `the parse worker exited (code ${code})` });
			const timer = setTimeout(() => finish({ stopped: `took longer than ${limits.timeoutMs / 1000} s to parse (PARSE_TIMEOUT_S)` }), limits.timeoutMs);
			w.on('message', onMessage).on('error', onError).on('exit', onExit);
			w.postMessage(message);
		});
		if ('stopped' in answer) await this.stop();
		return answer;
	}

	/** Ends the thread (a job that stopped leaves it in an unknown state; the next job gets a fresh one). */
	async stop(): Promise<void> {
		const w = this.worker;
		this.worker = null;
		await w?.terminate();
	}
}
