/**
 * The build's limits on what one report may cost, each overridable by an environment variable
 * (documented in docs/build.md). A report over a limit is left out with one line; the build goes on.
 */
const number = (name: string, fallback: number): number => {
	const value = Number(process.env[name]);
	return process.env[name] && Number.isFinite(value) && value > 0 ? value : fallback;
};

export interface ParseLimits {
	/** MAX_REPORT_MB: a larger file is left out before it is read. */
	maxFileBytes: number;
	/** MAX_PDF_PAGES: a PDF with more pages is left out. */
	maxPdfPages: number;
	/** MAX_PDF_DECODED_MB: the PDF's compressed streams (images aside) may inflate to at most this much. */
	maxPdfDecodedBytes: number;
	/** PARSE_TIMEOUT_S: one report's parse is stopped after this long. */
	timeoutMs: number;
	/** PARSE_MEMORY_MB: the heap of each parse worker (Worker resourceLimits). */
	workerMemoryMb: number;
	/** BUILD_WORKERS: parse workers running at once (default: one per core, at most 4). */
	workers: number;
}

export function parseLimits(cores: number): ParseLimits {
	return {
		maxFileBytes: number('MAX_REPORT_MB', 25) * 1048576,
		maxPdfPages: number('MAX_PDF_PAGES', 500),
		maxPdfDecodedBytes: number('MAX_PDF_DECODED_MB', 200) * 1048576,
		timeoutMs: number('PARSE_TIMEOUT_S', 120) * 1000,
		workerMemoryMb: number('PARSE_MEMORY_MB', 1024),
		workers: Math.floor(number('BUILD_WORKERS', Math.min(4, Math.max(1, cores))))
	};
}
