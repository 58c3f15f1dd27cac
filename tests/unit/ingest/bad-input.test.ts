import { describe, expect, it } from 'vitest';
import { parseReport, ParseError } from '../../../src/lib/parse';

const bytes = (s: string) => new TextEncoder().encode(s);

function problemOf(input: Uint8Array | string, file = 'reports/bad.txt'): string {
	try {
		parseReport(input, file);
	} catch (e) {
		expect(e).toBeInstanceOf(ParseError);
		const message = (e as Error).message;
		expect(message).not.toContain('\n');
		expect(message).toContain(file);
		return message;
	}
	throw new Error('expected a ParseError');
}

describe('bad input gets its own one-line message naming the file', () => {
	it('an empty file', () => {
		expect(problemOf(new Uint8Array())).toBe('nianbao: reports/bad.txt: empty file');
	});

	it('a file of only whitespace', () => {
		expect(problemOf(bytes(' \n\r\n\t \n'))).toMatch(/empty file/);
	});

	it('a binary file', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
		expect(problemOf(png)).toMatch(/binary file/);
	});

	it('a text with no recognisable outline', () => {
		const prose = '衡阳市国土资源局\n今年我们做了很多工作。一是加强领导，二是完善制度。\n';
		expect(problemOf(bytes(prose))).toMatch(/no recognisable outline/);
	});

	it('the three messages differ', () => {
		const messages = new Set([problemOf(new Uint8Array()), problemOf(new Uint8Array([0, 1, 2, 3])), problemOf(bytes('随便一段话'))]);
		expect(messages.size).toBe(3);
	});
});
