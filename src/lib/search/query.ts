import type { DocKind } from './format';
import type { Mode, ReportMatch } from './ranking';

export type { Mode, ReportMatch };

/** A query's first level: the reports that matched, best first. */
export interface Outcome {
	mode: Mode;
	/** The parts searched, folded: the typed ones, then those of the mainland wording when it differs (see regional.ts). */
	parts: string[];
	/** Each wording's parts (as typed, then mainland): the second level ranks sections for each. */
	variants: string[][];
	reports: ReportMatch[];
}

/** A section or table row of a shown report, ranked within it, with the stored fields it is shown with. */
export interface Hit {
	/** The report's id and number. */
	report: string;
	number: number;
	/** The document's index in the report's store. */
	doc: number;
	/** `report#anchor`. */
	id: string;
	anchor: string;
	kind: DocKind;
	title: string;
	path: string;
	text: string;
	score: number;
	/** Every part of the query occurs whole in its title or text. */
	exact: boolean;
}
