// What every readiness report (PDF, XLSX, CSV) is built from: one snapshot judged as of one date, computed once.
import { assessReadiness, toCheckOutput, type CheckOutput, type ReadinessReport } from '../checks/readiness/readiness.ts';
import type { AimsSnapshot } from '../domain/index.ts';
import { certificationRecords, type CertificationRecords } from '../domain/certification/index.ts';

export interface ReportContents {
  readonly aims: AimsSnapshot;
  readonly asOf: string;
  readonly readiness: ReadinessReport;
  /** The findings, verdict and steps as `aims check --format json` prints them. */
  readonly check: CheckOutput;
  readonly certification: CertificationRecords;
}

/** Runs the checks, the evidence index and the certification records over `aims` as of `asOf` (YYYY-MM-DD). */
export function reportContents(aims: AimsSnapshot, asOf: string): ReportContents {
  const readiness = assessReadiness(aims, { now: asOf });
  return { aims, asOf, readiness, check: toCheckOutput(readiness), certification: certificationRecords(aims, { now: asOf }) };
}
