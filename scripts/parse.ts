/** npm run parse -- <file>: the parsed report as JSON on stdout; one line on stderr and exit 1 if unusable. */
import { readFileSync } from 'node:fs';
import { parseFile, ParseError } from '../src/lib/parse.ts';

const file = process.argv[2];
if (!file) {
	console.error('nianbao parse: usage: npm run parse -- <report file (.txt, .md, .html, .pdf, .docx, .doc)>');
	process.exit(2);
}
try {
	const { report, problems } = await parseFile(new Uint8Array(readFileSync(file)), file);
	for (const p of problems) console.error(`nianbao: ${file}: warning [${p.code}]: ${p.message}`);
	process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} catch (e) {
	const err = e as NodeJS.ErrnoException;
	if (e instanceof ParseError) console.error(e.message);
	else if (err.code === 'ENOENT') console.error(`nianbao: ${file}: no such file`);
	else if (err.code === 'EISDIR') console.error(`nianbao: ${file}: is a directory, not a report file`);
	else console.error(`nianbao: ${file}: ${err.message ?? String(e)}`);
	process.exit(1);
}
