// OSCAL of one organisation's AIMS: the catalog, the SoA as a profile, the SSP, the audits as assessment plans, the
// readiness findings as assessment results and the corrective actions as a POA&M, checked before they are handed out.
import { AppError, type AimsSnapshot } from '../../domain/index.ts';
import type { Check, CheckResult } from '../../checks/types.ts';
import { assessmentPlanFile, auditsOf, buildAssessmentPlan, nextAudit } from './assessment-plan.ts';
import { buildAssessmentResults } from './assessment-results.ts';
import { buildCatalog } from './catalog.ts';
import { oscalContext, oscalFiles, type ControlStatement, type JsonObject, type OscalContext } from './common.ts';
import { buildPoam } from './poam.ts';
import { buildProfile } from './profile.ts';
import { schemaProblems } from './schema-validate.ts';
import { buildSsp } from './ssp.ts';
import { semanticProblems, type OscalFile } from './validate.ts';

export type { ControlStatement } from './common.ts';
export { schemaProblems } from './schema-validate.ts';
export { semanticProblems, type OscalFile, type OscalProblem } from './validate.ts';
export { uuidV5 } from './ids.ts';

export interface OscalInput {
  readonly aims: AimsSnapshot;
  /** The day the documents are as of (YYYY-MM-DD). */
  readonly now: string;
  /** The readiness check results the assessment results report, and the checks that made them. */
  readonly results: readonly CheckResult[];
  readonly checks: readonly Check[];
  /** Control wording the organisation imported under its licence. */
  readonly statements?: readonly ControlStatement[];
}

/** A plan for the readiness review itself, when no audit is on record for the results to answer. */
function readinessPlan(ctx: OscalContext): OscalFile {
  const audit = { id: 'readiness-review', programmeId: undefined, title: 'Readiness review before certification', status: 'planned' as const,
    plannedOn: ctx.now, scopeRefs: [], scopeAiSystemIds: [], auditorIds: [], findings: [] };
  return { file: 'assessment-plan-readiness-review.json', document: buildAssessmentPlan(ctx, { kind: 'internal', audit }) };
}

/** Every OSCAL document of the organisation, by the file name it is written under. */
export function buildOscalDocuments(input: OscalInput): OscalFile[] {
  const ctx = oscalContext(input.aims, input.now, input.statements);
  const audits = auditsOf(ctx);
  const plans: OscalFile[] = audits.map((a) => ({ file: assessmentPlanFile(a), document: buildAssessmentPlan(ctx, a) }));
  const next = nextAudit(ctx, audits);
  if (plans.length === 0) plans.push(readinessPlan(ctx));
  const planFile = next ? assessmentPlanFile(next) : plans[0]!.file;
  return [
    { file: oscalFiles.catalog, document: buildCatalog(ctx) },
    { file: oscalFiles.profile, document: buildProfile(ctx) },
    { file: oscalFiles.ssp, document: buildSsp(ctx) },
    ...plans,
    { file: oscalFiles.assessmentResults, document: buildAssessmentResults(ctx, { results: input.results, checks: input.checks, planFile }) },
    { file: oscalFiles.poam, document: buildPoam(ctx) },
  ];
}

/** Throws when a document breaks NIST's schema or a rule the schema cannot express: an export is valid or nothing. */
export function assertValidOscal(files: readonly OscalFile[]): void {
  const details = [
    ...files.flatMap((f) => schemaProblems(f.document).map((message) => ({ file: f.file, message: `schema: ${message}` }))),
    ...semanticProblems(files).map((p) => ({ file: p.file, field: p.path, message: p.message })),
  ];
  if (details.length > 0) {
    throw new AppError('invalid_input', `The OSCAL export would not be valid (${details.length} problems); nothing was written. `
      + 'The records may hold something OSCAL cannot carry; please report this with the details.', details.slice(0, 50));
  }
}

export type { JsonObject };
