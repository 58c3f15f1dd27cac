import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDEX_FIELDS, shardOf } from '../search/format';

/** A term's posting lists, one per field, encoded as the shards hold them (see encodePostings), comma-joined; '' for none. */
export type EncodedPostings = string[];

/** A shard's terms with each field's parts joined into one list. */
const joined = (terms: Map<string, string[][]> | undefined): Map<string, EncodedPostings> =>
	new Map([...(terms ?? [])].map(([term, fields]) => [term, fields.map((parts) => parts.join(','))]));

/**
 * Buckets on disk (a power of two, so a bucket maps onto shards whatever their count). Few: each flush
 * appends to every bucket file, and 4,096 made the index step at 1,000 reports 14 s against 8–10 s
 * with 256; at 10,000 reports a bucket is still only ~4 MB to read back.
 */
const BUCKETS = 256;
/** Buffered text written out past this many characters: bounds the builder's memory, not the corpus. */
const FLUSH_AT = 64 * 1024 * 1024;

/** The spill bucket of a term: the shard it would have among BUCKETS shards. */
export const bucketOf = (term: string): number => shardOf(term, BUCKETS);

/**
 * One report's postings of a term in a field as a line of the spill: the list encoded as the shards
 * hold it (encodePostings), its reports counted from this one (so 0), and the last of them (0).
 */
export const termLine = (term: string, fieldId: number, list: number[], lastDoc: number): string => `${term}\t${fieldId}\t${lastDoc}\t${list.join(',')}\n`;

/**
 * Postings spilled to disk while the index is built, by bucket of the term's shard hash (the hash of
 * its first two characters), then read back one group of shards at a time. Holding every posting
 * until the shards were written took the 10,000-report build past its memory (a worker out of heap
 * at 4.8 GB RSS); now the builder holds one bucket's postings at a time.
 * A report arrives as blocks of lines, one per bucket, made in a parse worker (search-docs.ts); a
 * block is appended whole after a line `@firstDoc`, so the builder reads no line until the shards
 * are made. A line holds one report's postings of a term in a field, already encoded: `term TAB
 * field TAB lastDoc TAB list` (terms are letters and digits only, so never hold a tab). Lists are
 * delta-coded by document, so joining a report's list to the term's list so far only rewrites its
 * first number: numbers are never parsed, one line covers every document of the report.
 */
export class PostingSpill {
	private dir = mkdtempSync(join(tmpdir(), 'nianbao-postings-'));
	private buffers: string[][] = Array.from({ length: BUCKETS }, () => []);
	private buffered = 0;
	/** Postings added: the shard count follows from it. */
	count = 0;

	/** Adds a report's posting blocks (bucket → lines); its documents are numbered from `firstDoc`. Reports come in document order. */
	addReport(firstDoc: number, blocks: Record<number, string>, postingCount: number) {
		const header = `@${firstDoc}\n`;
		for (const bucket in blocks) {
			this.buffers[bucket].push(header, blocks[bucket]);
			this.buffered += blocks[bucket].length;
		}
		this.count += postingCount;
		if (this.buffered > FLUSH_AT) this.flush();
	}

	private flush() {
		this.buffers.forEach((lines, bucket) => {
			if (lines.length) appendFileSync(this.file(bucket), lines.join(''));
			this.buffers[bucket] = [];
		});
		this.buffered = 0;
	}

	private file(bucket: number) {
		return join(this.dir, `${bucket}.tsv`);
	}

	/**
	 * Every shard's terms, shard by shard (in no particular shard order), each term's postings in
	 * document order. `shardCount` must be a power of two: then a shard's terms lie in one bucket, or
	 * a bucket's in one shard.
	 */
	*shards(shardCount: number): Generator<[shard: number, terms: Map<string, EncodedPostings>]> {
		this.flush();
		const groups: number[][] =
			shardCount >= BUCKETS
				? Array.from({ length: BUCKETS }, (_, b) => [b])
				: Array.from({ length: shardCount }, (_, s) => Array.from({ length: BUCKETS / shardCount }, (_, i) => s + i * shardCount));
		for (const buckets of groups) {
			const byShard = new Map<number, Map<string, string[][]>>();
			const lastDoc = new Map<string, number[]>();
			for (const bucket of buckets) {
				if (!existsSync(this.file(bucket))) continue;
				let firstDoc = 0;
				for (const line of readFileSync(this.file(bucket), 'utf8').split('\n')) {
					if (!line) continue;
					if (line[0] === '@') {
						firstDoc = Number(line.slice(1));
						continue;
					}
					const [term, field, lastLocal, list] = line.split('\t');
					const shard = shardOf(term, shardCount);
					let terms = byShard.get(shard);
					if (!terms) byShard.set(shard, (terms = new Map()));
					let fields = terms.get(term);
					let last = lastDoc.get(term);
					if (!fields || !last) {
						terms.set(term, (fields = INDEX_FIELDS.map(() => [])));
						lastDoc.set(term, (last = INDEX_FIELDS.map(() => 0)));
					}
					const fieldId = Number(field);
					// The list's first number is its first document, counted from the report's first: make it a delta from the term's last.
					const cut = list.indexOf(',');
					fields[fieldId].push(`${firstDoc + Number(list.slice(0, cut)) - last[fieldId]}`, list.slice(cut + 1));
					last[fieldId] = firstDoc + Number(lastLocal);
				}
			}
			if (shardCount >= BUCKETS) for (let s = buckets[0]; s < shardCount; s += BUCKETS) yield [s, joined(byShard.get(s))];
			else yield [buckets[0], joined(byShard.get(buckets[0]))];
		}
	}

	/** Removes the spill files. */
	close() {
		rmSync(this.dir, { recursive: true, force: true });
	}
}
