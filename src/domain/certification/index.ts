// Certification rules and reference data (ISO/IEC 17021-1, IAF MD 1 and MD 5, the IAF MLA list): pure, no clock.
export * from './audit-focus.ts';
export * from './audit-time.ts';
export * from './audit-time-file.ts';
export * from './cycle-rules.ts';
export * from './findings.ts';
export * from './freeze.ts';
export * from './iaf-mla.ts';
export * from './readiness.ts';
export * from './sampling.ts';
export * from './suitability.ts';
export * from './timeline.ts';
