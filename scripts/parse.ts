/**
 * npm run parse -- <file>: the parsed report as JSON on stdout, a line per warning on stderr; one line on
 * stderr and exit 1 if the file is unusable. The parse runs in a worker under the build's limits
 * (MAX_REPORT_MB, MAX_PDF_*, PARSE_TIMEOUT_S, PARSE_MEMORY_MB: src/lib/server/limits.ts).
 */
import { statSync } from 'node:fs';
import { parseLimits } from '../src/lib/server/limits.ts';
import { LimitedWorker } from '../src/lib/server/limited-worker.ts';
import { oneLine, shown } from '../src/lib/server/log-text.ts';
import type { FileAnswer } from '../src/lib/server/parse-worker.ts';

const file = process.argv[2];
if (!file) {
	console.error('nianbao parse: usage: npm run parse -- <report file (.txt, .md, .html, .pdf, .docx, .doc)>');
	process.exit(2);
}
const fail = (why: string) => {
	console.error(oneLine(`nianbao: ${shown(file)}: ${why}`));
	process.exit(1);
};
const limits = parseLimits(1);
const stats = statSync(file, { throwIfNoEntry: false });
if (!stats) fail('no such file');
else if (stats.isDirectory()) fail('is a directory, not a report file');
else if (!stats.isFile()) fail('not a regular file (a FIFO, a device or a socket); refused');
else if (stats.size > limits.maxFileBytes)
	fail(`${(stats.size / 1048576).toFixed(1)} MB, over the ${(limits.maxFileBytes / 1048576).toFixed(1)} MB limit for one file (MAX_REPORT_MB)`);

const worker = new LimitedWorker(limits);
const answer = await worker.run<FileAnswer>({ job: 0, file, limits });
await worker.stop();
if ('stopped' in answer) fail(answer.stopped);
else if ('error' in answer) {
	console.error(oneLine(answer.error));
	process.exit(1);
} else {
	for (const p of answer.problems) console.error(oneLine(`nianbao: ${shown(file)}: warning [${p.code}]: ${p.message}`));
	process.stdout.write(answer.json + '\n');
}
