// Certification rules and reference data (ISO/IEC 17021-1, IAF MD 1 and MD 5, the IAF MLA list): pure, no clock.
export * from './audit-focus.ts';
export * from './audit-time.ts';
export * from './audit-time-adjustments.ts';
export * from './audit-day-estimate.ts';
export * from './audit-day-request.ts';
export * from './multi-site.ts';
export * from './audit-time-file.ts';
export * from './cycle-rules.ts';
export * from './findings.ts';
export * from './freeze.ts';
export * from './iaf-mla.ts';
export * from './readiness.ts';
export * from './sampling.ts';
export * from './suitability.ts';
export * from './timeline.ts';
// The certification cycle as computed records (pure read models: `now` is passed in, nothing is read or written).
export * from './audit-sample.ts';
export * from './booked-audits.ts';
export * from './certification-records.ts';
export * from './compare-proposals.ts';
export * from './coverage.ts';
export * from './cycle-event.ts';
export * from './cycle-from-records.ts';
export * from './external-findings.ts';
export * from './plan-cycle.ts';
export * from './readiness-work.ts';
