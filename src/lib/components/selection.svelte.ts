/**
 * The element the address names (#s3, #t1-r5, #t1-r5-c1), shared by the report page and its tables: a
 * table shows the citation of its selected cell beneath that cell's row.
 */
export const selection = $state({ target: '' });
