/** Agency identity: one stable id per agency across years and spellings, with its administrative division. */
export { identifyAgency, normaliseName, type AgencyIdentity, type Unresolved } from './identify';
export { agencyDirectory, agencyOfReport, type Agency, type ReportRef } from './directory';
export type { Division, DivisionLevel } from './divisions';
