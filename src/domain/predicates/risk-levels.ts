// Risk arithmetic of 6.1.2 and 6.1.3: levels, the acceptance threshold in force, and who accepted a residual risk.
import type { Risk, RiskMethodology, Role } from '../model/index.ts';

const isScore = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Likelihood × consequence; undefined when either is missing (odd data is judged, never thrown on). */
export function riskLevel(risk: { readonly likelihood?: unknown; readonly consequence?: unknown }): number | undefined {
  return isScore(risk.likelihood) && isScore(risk.consequence) ? risk.likelihood * risk.consequence : undefined;
}

/** The residual level after treatment; undefined unless both residual likelihood and consequence are recorded. */
export function residualLevel(risk: Pick<Risk, 'treatment'>): number | undefined {
  const t = risk.treatment;
  return t ? riskLevel({ likelihood: t.residualLikelihood, consequence: t.residualConsequence }) : undefined;
}

/** The highest level a methodology's scales allow, or undefined when a scale is empty. */
export function maxLevel(m: Pick<RiskMethodology, 'likelihoodScale' | 'consequenceScale'>): number | undefined {
  const top = (scale: unknown) =>
    Array.isArray(scale) && scale.length > 0 ? Math.max(...scale.map((l: { value?: unknown }) => (isScore(l?.value) ? l.value : 0))) : undefined;
  const l = top(m.likelihoodScale);
  const c = top(m.consequenceScale);
  return l === undefined || c === undefined ? undefined : l * c;
}

/** The acceptance thresholds that may apply to a risk: one value when the methodology in force is clear. */
export interface ThresholdRange {
  readonly low: number;
  readonly high: number;
  readonly methodologyIds: readonly string[];
}

/**
 * Which methodologies' thresholds apply. Risks do not name their methodology, so: the most recently approved
 * methodology (all of them when several were approved that day); where none is approved, every methodology
 * with a threshold, and a level between their thresholds stays undecided.
 */
export function thresholdsInForce(methodologies: readonly RiskMethodology[]): ThresholdRange | undefined {
  const usable = methodologies.filter((m) => isScore(m.acceptanceThreshold));
  const approved = usable.filter((m) => typeof m.approvedOn === 'string');
  let inForce = usable;
  if (approved.length > 0) {
    const lastApproval = approved.reduce((a, m) => (m.approvedOn! > a ? m.approvedOn! : a), '');
    inForce = approved.filter((m) => m.approvedOn === lastApproval);
  }
  if (inForce.length === 0) return undefined;
  const values = inForce.map((m) => m.acceptanceThreshold);
  return { low: Math.min(...values), high: Math.max(...values), methodologyIds: inForce.map((m) => m.id) };
}

/** `above`: needs treatment under every threshold in force; `within`: acceptable under all; else `undecided`. */
export function judgeLevel(level: number, range: ThresholdRange): 'above' | 'within' | 'undecided' {
  if (level > range.high) return 'above';
  if (level <= range.low) return 'within';
  return 'undecided';
}

export type ResidualAcceptance = 'by-owner' | 'by-designated' | 'not-accepted' | 'by-someone-else' | 'owner-unknown';

/**
 * Whether the designated management accepted the residual risk (6.1.3): where the risk or the methodology in force
 * designates who accepts, one of them (`by-designated`); otherwise the risk owner, the owning person or a holder or
 * the accountable chair of the owning role. `owner-unknown` when nothing is designated and the risk names no owner
 * or an owning role that does not exist.
 */
export function residualAcceptance(
  risk: Pick<Risk, 'ownerId' | 'ownerRoleId' | 'treatment'>, roles: ReadonlyMap<string, Role>, methodologies: readonly RiskMethodology[] = [],
): ResidualAcceptance {
  const acceptedBy = risk.treatment?.residualAcceptedById;
  if (typeof acceptedBy !== 'string' || acceptedBy === '') return 'not-accepted';
  const designated = designatedAcceptors(risk, methodologies, roles);
  if (designated.source === 'risk' || designated.source === 'methodology') return designated.personIds.has(acceptedBy) ? 'by-designated' : 'by-someone-else';
  if (risk.ownerId) return risk.ownerId === acceptedBy ? 'by-owner' : 'by-someone-else';
  const role = risk.ownerRoleId ? roles.get(risk.ownerRoleId) : undefined;
  if (!role) return 'owner-unknown';
  return (role.holderIds ?? []).includes(acceptedBy) || role.accountableChairId === acceptedBy ? 'by-owner' : 'by-someone-else';
}

/** Who may accept a risk's residual risk, and where that designation was read from (for messages). */
export interface DesignatedAcceptors {
  readonly personIds: ReadonlySet<string>;
  /** `risk`: the risk's treatment names them; `methodology`: the methodology in force; `owner`: neither, so the risk owner. */
  readonly source: 'risk' | 'methodology' | 'owner' | 'none';
}

const holdersOf = (role: Role | undefined): string[] =>
  (role ? [...(role.holderIds ?? []), ...(role.accountableChairId ? [role.accountableChairId] : [])] : []);

/**
 * The management designated to accept a risk's residual risk (6.1.3): the person or role its treatment names;
 * else the roles the methodology in force names; else the risk owner (a person, or the holders and chair of the
 * owning role). Not necessarily the owner: an organisation may reserve acceptance to a risk committee.
 */
export function designatedAcceptors(
  risk: Pick<Risk, 'ownerId' | 'ownerRoleId' | 'treatment'>, methodologies: readonly RiskMethodology[], roles: ReadonlyMap<string, Role>,
): DesignatedAcceptors {
  const t = risk.treatment;
  if (t?.residualAcceptorId || t?.residualAcceptorRoleId) {
    const ids = [...(t.residualAcceptorId ? [t.residualAcceptorId] : []), ...holdersOf(t.residualAcceptorRoleId ? roles.get(t.residualAcceptorRoleId) : undefined)];
    return { personIds: new Set(ids), source: 'risk' };
  }
  const inForce = new Set(thresholdsInForce(methodologies)?.methodologyIds ?? methodologies.map((m) => m.id));
  const roleIds = methodologies.filter((m) => inForce.has(m.id)).flatMap((m) => m.residualAcceptance?.roleIds ?? []);
  if (roleIds.length > 0) return { personIds: new Set(roleIds.flatMap((id) => holdersOf(roles.get(id)))), source: 'methodology' };
  const owners = [...(risk.ownerId ? [risk.ownerId] : []), ...(risk.ownerId ? [] : holdersOf(risk.ownerRoleId ? roles.get(risk.ownerRoleId) : undefined))];
  return { personIds: new Set(owners), source: owners.length > 0 ? 'owner' : 'none' };
}
