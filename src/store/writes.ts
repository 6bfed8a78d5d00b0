// The store's writers, for src/services only: they write what they are given without validating it, so every
// caller must be a service that validated first (eslint forbids importing this module from anywhere else).
export { writeOrganisation, OrganisationWriter, type WriteOptions } from './writer.ts';
export { replaceOrganisation, type ReplaceSummary, type ChangeCounts } from './replace.ts';
export { insertRecord, modifyRecord, removeRecord } from './records.ts';
export { evidenceFileIn, insertEvidenceFile } from './evidence-files.ts';
