// Crosswalks from the EU AI Act and the NIST AI RMF to ISO/IEC 42001, and the coverage an organisation's AIMS gives them.
export { frameworks, mergeCrosswalks, parseCrosswalk, type Binding, type Crosswalk, type CrosswalkItem, type Framework } from './model.ts';
export { crosswalkCoverage, type CrosswalkCoverage, type EvidenceStatus, type ItemCoverage, type RefCoverage, type RefState } from './coverage.ts';
export { obligationsOf, systemObligations, type Obligation, type SystemObligations } from './obligations.ts';

/** The file of the crosswalk shipped for each framework, beside this module. */
export const crosswalkFiles = { 'eu-ai-act': 'eu-ai-act.yaml', 'nist-ai-rmf': 'nist-ai-rmf.yaml' } as const;
