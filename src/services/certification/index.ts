// The certification cycle as computed records: plan, cycle from records, proposals, findings, coverage, samples, readiness.
export * from './audit-sample.ts';
export * from './certification-records.ts';
export * from './compare-proposals.ts';
export * from './coverage.ts';
export * from './cycle-event.ts';
export * from './cycle-from-records.ts';
export * from './evidence-for-audit.ts';
export * from './external-findings.ts';
export * from './plan-cycle.ts';
export * from './readiness-work.ts';
