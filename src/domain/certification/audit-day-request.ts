// One audit-day estimate as a user asks for it, from the CLI (`aims audit-days`) or the API (GET …/audit-days):
// the organisation's records give the inputs (personnel, AI systems, roles, suppliers, sites), and what the caller
// states overrides them. Both front ends share this so an estimate never differs by where it was asked for.
import { AppError } from '../errors.ts';
import type { AimsSnapshot } from '../model/index.ts';
import { auditDayInputsFromRecords, estimateOrganisationAuditDays, siteInputsFromRecords, siteSampleOf, type AdjustedAuditDayEstimate } from './audit-day-estimate.ts';
import type { AuditDayInputs } from './audit-time-adjustments.ts';
import { defaultAuditTimeTable, type AuditTimeTable } from './audit-time.ts';
import type { SiteInput } from './multi-site.ts';
import type { SiteSample } from './sampling.ts';

/**
 * What the caller states; every field overrides the records' figure. The AI inputs are the estimate's own
 * (`AuditDayInputs`), with AI bought in named `outsourcedAi` as the CLI and the API take it.
 */
export interface AuditDayRequest extends Omit<AuditDayInputs, 'outsourcedAiSystems'> {
  readonly personnel?: number;
  readonly sites?: number;
  readonly distinctSites?: number;
  readonly outsourcedAi?: number;
}

export type AuditDayRequestField = keyof AuditDayRequest;

/** The AI inputs a request states under the estimate's own names. */
const STATED_AI_INPUTS = ['aiSystems', 'complexAiSystems', 'aiRoles', 'highRiskUses'] as const satisfies readonly (keyof AuditDayInputs & keyof AuditDayRequest)[];

export interface AuditDayAnswer extends AdjustedAuditDayEstimate {
  readonly sites: SiteSample;
}

/** Sites from counts: the central function, sites running the same processes, and `distinct` sites with their own. */
export function sitesFromCounts(sites: number, distinct: number): SiteInput[] {
  return [
    { id: 'central', central: true },
    ...Array.from({ length: sites - distinct }, (_, i) => ({ id: `same-${i + 1}`, central: false, processes: ['the common processes'] })),
    ...Array.from({ length: distinct }, (_, i) => ({ id: `own-${i + 1}`, central: false, processes: [`processes of site ${i + 1}`] })),
  ];
}

/**
 * The estimate for `request` over the records of `aims` (none: the request alone). Inconsistent requests are
 * `invalid_input` naming the field as the caller spells it (`fieldName`: `--distinct-sites` for the CLI).
 */
export function answerAuditDayRequest(
  aims: AimsSnapshot | undefined,
  request: AuditDayRequest,
  options: { readonly table?: AuditTimeTable; readonly fieldName?: (field: AuditDayRequestField) => string } = {},
): AuditDayAnswer {
  const name = options.fieldName ?? ((f: AuditDayRequestField) => f);
  const invalid = (field: AuditDayRequestField, message: string, detail: string) => new AppError('invalid_input', message, [{ field: name(field), message: detail }]);
  const personnel = request.personnel ?? aims?.organisation.effectivePersonnel;
  if (personnel === undefined) {
    throw invalid('personnel', `Give ${name('personnel')}, or the records of an organisation to take it from.`, 'missing');
  }
  if (request.distinctSites !== undefined && request.distinctSites > (request.sites ?? 0)) {
    throw invalid('distinctSites', `${name('distinctSites')} ${request.distinctSites} is more than ${name('sites')} ${request.sites ?? 0}.`, `more than ${name('sites')}`);
  }
  if (request.integration !== undefined && !request.integratedWith) {
    throw invalid('integration', `${name('integration')} says how far an integrated audit goes: give ${name('integratedWith')} the other management systems too.`, `without ${name('integratedWith')}`);
  }
  const table = options.table ?? defaultAuditTimeTable;
  // Only the AI inputs the request names are taken: the CLI passes all its options, which must not reach the estimate.
  const stated = Object.fromEntries(STATED_AI_INPUTS.filter((k) => request[k] !== undefined).map((k) => [k, request[k]]));
  const { outsourcedAi, integratedWith, integration } = request;
  const inputs: AuditDayInputs = {
    ...(aims ? auditDayInputsFromRecords(aims) : {}),
    ...stated,
    ...(outsourcedAi !== undefined ? { outsourcedAiSystems: outsourcedAi } : {}),
    ...(integratedWith ? { integratedWith, integration: integration ?? 'partial' } : {}),
  };
  // Stated site counts replace the records' sites (a what-if: "and with 16 branches?").
  const siteInputs = request.sites !== undefined || !aims ? sitesFromCounts(request.sites ?? 0, request.distinctSites ?? 0) : siteInputsFromRecords(aims);
  const estimate = estimateOrganisationAuditDays(personnel, { table, inputs, sites: siteInputs });
  if (!estimate) {
    const last = table.rows.at(-1);
    throw invalid('personnel', `The table ${table.name} stops at ${last?.personsMax ?? '?'} persons and does not say how to continue; it has no figure for ${personnel}.`, 'outside the table');
  }
  return { ...estimate, sites: siteSampleOf(estimate, siteInputs.filter((s) => !s.central).length) };
}
