// The audit-day estimate for one organisation: the table's days for its personnel, then the AI complexity adjustments
// (net reductions at most 30%, IAF MD 5), the time for the sites visited (IAF MD 1), then an integrated audit's
// reduction (IAF MD 11), in that order; every step shown with its source.
import { defaultAuditTimeTable, estimateAuditDays, MAX_COMPLEXITY_REDUCTION, NO_ADJUSTMENT_RULE, RECERTIFICATION_SHARE, roundToHalfDay, STAGE1_SHARE, SURVEILLANCE_SHARE, type AuditDayEstimate, type AuditTimeTable } from './audit-time.ts';
import { complexityAdjustments, integrationAdjustment, netShare, type AuditDayAdjustment, type AuditDayInputs } from './audit-time-adjustments.ts';
import { multiSitePlan, type MultiSitePlan, type SiteInput } from './multi-site.ts';
import { multiSiteSample, type SiteSample } from './sampling.ts';
import type { AimsSnapshot } from '../model/index.ts';
import { providesAi } from '../predicates/supplier-governance.ts';

export interface AdjustedAuditDayEstimate extends AuditDayEstimate {
  /** The table's days before any adjustment. */
  readonly tableDays: { readonly initial: number; readonly surveillance: number; readonly recertification: number };
  readonly inputs: AuditDayInputs;
  readonly adjustments: readonly AuditDayAdjustment[];
  readonly multiSite?: MultiSitePlan;
}

export interface EstimateOptions {
  readonly table?: AuditTimeTable;
  readonly inputs?: AuditDayInputs;
  /** The sites in scope, central function included, for the multi-site rules. */
  readonly sites?: readonly SiteInput[];
}

const pct = (x: number): string => `${x > 0 ? '+' : ''}${Math.round(x * 100)}%`;

/** The estimate with every adjustment the inputs call for; undefined when the table has no row for the personnel. */
export function estimateOrganisationAuditDays(personnel: number, o: EstimateOptions = {}): AdjustedAuditDayEstimate | undefined {
  const table = o.table ?? defaultAuditTimeTable;
  const base = estimateAuditDays(personnel, table);
  if (!base) return undefined;
  const inputs = o.inputs ?? {};
  const complexity = complexityAdjustments(inputs);
  const factor = 1 + netShare(complexity);
  const single = {
    initial: roundToHalfDay(base.initial.days * factor),
    surveillance: roundToHalfDay(base.initial.days * factor * SURVEILLANCE_SHARE),
    recertification: roundToHalfDay(base.initial.days * factor * RECERTIFICATION_SHARE),
  };
  const multiSite = o.sites && o.sites.some((s) => !s.central) ? multiSitePlan(o.sites, table) : undefined;
  const min = multiSite?.minimumDays;
  const integration = integrationAdjustment(inputs);
  const after = 1 + (integration?.share ?? 0);
  const days = {
    initial: roundToHalfDay(Math.max(single.initial, min?.initial ?? 0) * after),
    surveillance: roundToHalfDay(Math.max(single.surveillance, min?.surveillance ?? 0) * after),
    recertification: roundToHalfDay(Math.max(single.recertification, min?.recertification ?? 0) * after),
  };
  const adjustments = [...complexity, ...(integration ? [integration] : [])];
  const tableDays = { initial: base.initial.days, surveillance: base.surveillance.days, recertification: base.recertification.days };
  // Sites whose time stays under the single-site figure change nothing: the estimate is still the table's.
  const unchanged = adjustments.length === 0 && days.initial === tableDays.initial && days.surveillance === tableDays.surveillance
    && days.recertification === tableDays.recertification;
  // Once adjusted, "this estimate applies no adjustment" no longer holds; each adjustment, with its source, is in `adjustments`.
  const rules = unchanged ? [...base.rules] : base.rules.filter((r) => r !== NO_ADJUSTMENT_RULE);
  if (!unchanged) {
    if (complexity.length > 0) {
      rules.push(`Complexity adjustments together: ${pct(netShare(complexity))} of the table’s ${base.initial.days} initial days → ${single.initial} `
        + `(net reductions never beyond ${Math.round(MAX_COMPLEXITY_REDUCTION * 100)}%, IAF MD 5).`);
    }
    if (min && (min.initial > single.initial || min.surveillance > single.surveillance || min.recertification > single.recertification)) {
      rules.push('The sites visited need more time than the single-site figure: the estimate takes the larger (IAF MD 1).');
    }
  }
  if (!unchanged) {
    rules.push(`After the adjustments: initial ${days.initial}, each surveillance ${days.surveillance}, recertification ${days.recertification} `
      + `(the table gives ${tableDays.initial}, ${tableDays.surveillance} and ${tableDays.recertification}); the body sets the final figures.`);
  }
  if (multiSite) rules.push(...multiSite.rules);
  const stage1 = roundToHalfDay(days.initial * STAGE1_SHARE);
  return {
    ...base,
    initial: { days: days.initial, stage1, stage2: days.initial - stage1 },
    surveillance: { days: days.surveillance, audits: 2 },
    recertification: { days: days.recertification },
    rules,
    tableDays,
    inputs,
    adjustments,
    ...(multiSite ? { multiSite } : {}),
  };
}

/** The estimate's inputs as the organisation's records give them: its AI systems in scope, roles and suppliers. */
export function auditDayInputsFromRecords(aims: AimsSnapshot): AuditDayInputs {
  const systems = aims.aiSystems.filter((s) => s.inScope && s.status !== 'retired');
  const aiSuppliers = new Set(aims.suppliers.filter((s) => providesAi(s, false)).map((s) => s.id));
  return {
    // No AI system recorded says nothing about the AIMS's size, so it does not count as a narrow one.
    ...(systems.length > 0 ? { aiSystems: systems.length } : {}),
    complexAiSystems: systems.filter((s) => s.complexity === 'high').length,
    aiRoles: aims.organisation.aiRoles,
    highRiskUses: systems.filter((s) => s.euAiActRiskClass === 'high-risk').length,
    outsourcedAiSystems: systems.filter((s) => s.supplierIds.some((id) => aiSuppliers.has(id))).length,
  };
}

/** The organisation's sites in the shape the multi-site rules read. */
export function siteInputsFromRecords(aims: AimsSnapshot): SiteInput[] {
  return aims.sites.map((s) => ({
    id: s.id, central: s.central, ...(s.personnel !== undefined ? { personnel: s.personnel } : {}), ...(s.processes ? { processes: s.processes } : {}),
  }));
}

/**
 * The sites each audit visits besides the central function: by the multi-site plan (sampling only among sites that
 * run the same processes) when the estimate has one, else √n sampling of `sites` taken to run the same processes.
 */
export function siteSampleOf(estimate: AdjustedAuditDayEstimate | undefined, sites: number): SiteSample {
  const plain = multiSiteSample(sites);
  const plan = estimate?.multiSite;
  return plan ? { ...plain, ...plan.visited, rule: plan.rules[0]! } : plain;
}
