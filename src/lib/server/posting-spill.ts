import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendPosting, INDEX_FIELDS, shardOf, type Posting } from '../search/format';

/** A term's posting lists, one per field, encoded as the shards hold them (see appendPosting). */
export type EncodedPostings = number[][];

/** Buckets on disk (a power of two, so a bucket maps onto shards whatever their count). */
const BUCKETS = 4096;
/** Buffered text written out past this many characters: bounds the builder's memory, not the corpus. */
const FLUSH_AT = 32 * 1024 * 1024;

/**
 * Postings spilled to disk while the index is built, by bucket of the term's shard hash (the hash of
 * its first two characters), then read back one group of shards at a time. Holding every posting
 * until the shards were written took the 10,000-report build past its memory (a worker out of heap
 * at 4.8 GB RSS); now the builder holds one bucket's postings at a time.
 * A line is `term TAB field TAB doc TAB frequency TAB length TAB positions` (terms are letters and
 * digits only, so never hold a tab).
 */
export class PostingSpill {
	private dir = mkdtempSync(join(tmpdir(), 'nianbao-postings-'));
	private buffers: string[][] = Array.from({ length: BUCKETS }, () => []);
	private buffered = 0;
	/** Postings added: the shard count follows from it. */
	count = 0;

	add(term: string, fieldId: number, p: Posting) {
		const line = `${term}\t${fieldId}\t${p.doc}\t${p.termFrequency}\t${p.fieldLength}\t${p.positions?.join(',') ?? ''}\n`;
		this.buffers[shardOf(term, BUCKETS)].push(line);
		this.buffered += line.length;
		this.count++;
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
			const byShard = new Map<number, Map<string, EncodedPostings>>();
			const lastDoc = new Map<string, number[]>();
			for (const bucket of buckets) {
				if (!existsSync(this.file(bucket))) continue;
				for (const line of readFileSync(this.file(bucket), 'utf8').split('\n')) {
					if (!line) continue;
					const [term, field, doc, frequency, length, positions] = line.split('\t');
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
					const posting = { doc: Number(doc), termFrequency: Number(frequency), fieldLength: Number(length), positions: positions ? positions.split(',').map(Number) : null };
					appendPosting(fields[fieldId], last[fieldId], posting);
					last[fieldId] = posting.doc;
				}
			}
			if (shardCount >= BUCKETS) for (let s = buckets[0]; s < shardCount; s += BUCKETS) yield [s, byShard.get(s) ?? new Map()];
			else yield [buckets[0], byShard.get(buckets[0]) ?? new Map()];
		}
	}

	/** Removes the spill files. */
	close() {
		rmSync(this.dir, { recursive: true, force: true });
	}
}
