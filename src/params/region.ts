import type { ParamMatcher } from '@sveltejs/kit';

/** A directory page's region: a province's GB/T 2260 code (320000) or 'unplaced'; never an agency id (these hold a dash). */
export const match: ParamMatcher = (param) => /^\d\d0000$/.test(param) || param === 'unplaced';
