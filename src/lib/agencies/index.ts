/** Agency identity: one stable id per agency across years and spellings, with its administrative division. */
export { identifyAgency, normaliseName, type AgencyIdentity, type Unresolved } from './identify';
export { agencyDirectory, agencyOfReport, type Agency, type ReportRef } from './directory';
export type { Division, DivisionLevel } from './divisions';
export { placementNote, PLACEMENT_LABEL, type Placement, type PlacementKind } from './placement';
export { ZONE_TABLE, type Zone } from './zones';
export { regionSummaries, regionTrees, regionOf, yearRuns, UNPLACED, UNPLACED_NAME, type DirectoryRow, type RegionGroup, type RegionSummary } from './regions';
