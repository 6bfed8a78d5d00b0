// What moves an AIMS audit-day estimate away from the table: the AI the organisation runs (how many systems, how
// complex, its AI roles, high-risk uses, AI bought in), an integrated audit with another certified management system
// (IAF MD 11), and the sites visited (IAF MD 1). Each adjustment says where it comes from and how sure it is.
import type { Confidence } from './cycle-rules.ts';

/** What the estimate may take into account beyond effective personnel; every field optional. */
export interface AuditDayInputs {
  /** AI systems in the AIMS scope (not retired). */
  readonly aiSystems?: number;
  /** Of those, the ones of high complexity. */
  readonly complexAiSystems?: number;
  /** The organisation's AI roles (4.1): provider, producer, developer, deployer, user … */
  readonly aiRoles?: readonly string[];
  /** AI systems in a high-risk use (EU AI Act high-risk). */
  readonly highRiskUses?: number;
  /** AI systems that rely on AI bought in: a foundation model, an AI service or AI component from a supplier. */
  readonly outsourcedAiSystems?: number;
  /** Other certified management systems audited together with the AIMS (an integrated audit, IAF MD 11). */
  readonly integratedWith?: readonly string[];
  /** How far the management systems are integrated: partly (some processes shared) or fully. */
  readonly integration?: 'partial' | 'full';
}

export interface AuditDayAdjustment {
  readonly id: 'ai-systems' | 'ai-complexity' | 'ai-roles' | 'high-risk-uses' | 'outsourced-ai' | 'integrated-audit';
  /** Share of the days added (positive) or removed (negative): 0.1 is 10% more. */
  readonly share: number;
  readonly reason: string;
  /** The document the rule comes from, or `our assumption` where no public source sets the figure. */
  readonly source: string;
  readonly confidence: Confidence;
}

/** The most an integrated audit can reduce the time, by integration level (IAF MD 11 allows at most 20%). */
export const INTEGRATION_REDUCTION = { partial: 0.1, full: 0.2 } as const;

/**
 * Our weights. ISO/IEC 42006:2025 names AI-specific factors that bodies weigh (the AI systems, their complexity and
 * risk, the organisation's roles), but its figures are not public; these follow the way ISO/IEC 27006 rates
 * complexity factors up or down, and are editable defaults, not a rule.
 */
const WEIGHTS_SOURCE = 'our assumption: ISO/IEC 42006 lists AI factors but its weights are not public; in the manner of ISO/IEC 27006’s complexity factors';
const DEVELOPING_ROLES = new Set(['provider', 'producer', 'developer']);
const USING_ROLES = new Set(['user', 'deployer', 'customer']);

const pct = (x: number): string => `${x > 0 ? '+' : ''}${Math.round(x * 100)}%`;

/**
 * The complexity adjustments of IAF MD 5 kind, applied to the table's days. IAF MD 5 allows at most 30% down for all
 * reasons together; the reductions here add up to 15% at most (a narrow AIMS, AI used and not developed), so they
 * stay inside it, and any edit of the weights must too (MAX_COMPLEXITY_REDUCTION; pinned by a test).
 */
export function complexityAdjustments(inputs: AuditDayInputs): AuditDayAdjustment[] {
  const out: AuditDayAdjustment[] = [];
  const add = (id: AuditDayAdjustment['id'], share: number, reason: string): void => {
    if (share !== 0) out.push({ id, share, reason: `${reason} (${pct(share)})`, source: WEIGHTS_SOURCE, confidence: 'configurable' });
  };
  const n = inputs.aiSystems;
  if (n !== undefined) {
    if (n <= 2) add('ai-systems', -0.1, `${n} AI system(s) in scope: a narrow AIMS to sample`);
    else if (n > 25) add('ai-systems', 0.2, `${n} AI systems in scope: many to sample`);
    else if (n > 10) add('ai-systems', 0.1, `${n} AI systems in scope: more than ten to sample`);
  }
  const c = inputs.complexAiSystems ?? 0;
  if (c > 0) {
    const many = c >= 3 || (n !== undefined && c * 2 > n);
    add('ai-complexity', many ? 0.1 : 0.05, `${c} AI system(s) of high complexity${many ? ', three or more or most of them' : ''}`);
  }
  const roles = inputs.aiRoles ?? [];
  if (roles.some((r) => DEVELOPING_ROLES.has(r))) {
    add('ai-roles', 0.1, `AI roles ${roles.filter((r) => DEVELOPING_ROLES.has(r)).join(', ')}: design and development of AI systems (A.6) is audited too`);
  } else if (roles.length > 0 && roles.every((r) => USING_ROLES.has(r))) {
    add('ai-roles', -0.05, `AI roles ${roles.join(', ')} only: the organisation uses AI and develops none, so fewer controls apply`);
  }
  const h = inputs.highRiskUses ?? 0;
  if (h > 0) add('high-risk-uses', h >= 3 ? 0.15 : 0.1, `${h} AI system(s) in a high-risk use (EU AI Act): more evidence of impact assessment, oversight and monitoring to sample`);
  const o = inputs.outsourcedAiSystems ?? 0;
  if (o > 0) {
    const most = n !== undefined && o * 2 > n;
    add('outsourced-ai', most ? 0.1 : 0.05, `${o} AI system(s) relying on AI bought in: the supplier relationships (A.10) and their interfaces are audited`);
  }
  return out;
}

/** The integrated-audit reduction, applied after the complexity and multi-site rules (IAF MD 11). */
export function integrationAdjustment(inputs: AuditDayInputs): AuditDayAdjustment | undefined {
  const others = inputs.integratedWith ?? [];
  if (others.length === 0) return undefined;
  const level = inputs.integration ?? 'partial';
  const share = -INTEGRATION_REDUCTION[level];
  return {
    id: 'integrated-audit', share,
    reason: `Audited together with ${others.join(', ')} (${level === 'full' ? 'fully' : 'partly'} integrated management systems): ${pct(share)}, `
      + `applied after the complexity and multi-site rules. IAF MD 11 allows at most 20%, by the level of integration, counted `
      + 'from the sum of each standard’s audit time; taken here on the AIMS days alone',
    source: 'IAF MD 11 (maximum 20%, applied after IAF MD 5 and MD 1: EA FAQ 37.5 and 37.23); the split by level is our assumption',
    confidence: 'likely',
  };
}

/** Net share of a list of adjustments. */
export const netShare = (adjustments: readonly AuditDayAdjustment[]): number => adjustments.reduce((s, a) => s + a.share, 0);
