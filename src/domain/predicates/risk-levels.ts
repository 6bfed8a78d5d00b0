// Risk arithmetic of 6.1.2 and 6.1.3: levels, how the methodology in force decides on treatment, and whether
// designated management accepted a residual risk.
import type { Person, Risk, RiskMethodology, Role } from '../model/index.ts';

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
 * The methodologies in force. Risks do not name their methodology, so: the most recently approved methodology
 * (all of them when several were approved that day); where none is approved, every methodology.
 */
export function methodologiesInForce(methodologies: readonly RiskMethodology[]): RiskMethodology[] {
  const approved = methodologies.filter((m) => typeof m.approvedOn === 'string');
  if (approved.length === 0) return [...methodologies];
  const lastApproval = approved.reduce((a, m) => (m.approvedOn! > a ? m.approvedOn! : a), '');
  return approved.filter((m) => m.approvedOn === lastApproval);
}

/**
 * Which methodologies' thresholds apply: those in force that give one (among all with a threshold where none is
 * approved), and a level between their thresholds stays undecided.
 */
export function thresholdsInForce(methodologies: readonly RiskMethodology[]): ThresholdRange | undefined {
  const inForce = methodologiesInForce(methodologies.filter((m) => isScore(m.acceptanceThreshold)));
  if (inForce.length === 0) return undefined;
  const values = inForce.map((m) => m.acceptanceThreshold as number);
  return { low: Math.min(...values), high: Math.max(...values), methodologyIds: inForce.map((m) => m.id) };
}

/** `above`: needs treatment under every threshold in force; `within`: acceptable under all; else `undecided`. */
export function judgeLevel(level: number, range: ThresholdRange): 'above' | 'within' | 'undecided' {
  if (level > range.high) return 'above';
  if (level <= range.low) return 'within';
  return 'undecided';
}

/**
 * How the methodology in force decides which risks need treatment (6.1.2 e): a numeric threshold on the level, a
 * look-up matrix, or qualitative criteria that a person applies. A threshold wins where both are given, because
 * the checks can then compare levels; a qualitative methodology is a methodology, only not one a check can apply.
 */
export type RiskEvaluation =
  | { readonly kind: 'threshold'; readonly range: ThresholdRange }
  | { readonly kind: 'matrix'; readonly matrices: readonly NonNullable<RiskMethodology['matrix']>[]; readonly methodologyIds: readonly string[] }
  | { readonly kind: 'qualitative'; readonly methodologyIds: readonly string[] };

export function evaluationInForce(methodologies: readonly RiskMethodology[]): RiskEvaluation | undefined {
  const inForce = methodologiesInForce(methodologies);
  const range = thresholdsInForce(inForce);
  if (range) return { kind: 'threshold', range };
  const withMatrix = inForce.filter((m) => Array.isArray(m.matrix) && m.matrix.length > 0);
  if (withMatrix.length > 0) return { kind: 'matrix', matrices: withMatrix.map((m) => m.matrix!), methodologyIds: withMatrix.map((m) => m.id) };
  if (inForce.length === 0) return undefined;
  return { kind: 'qualitative', methodologyIds: inForce.map((m) => m.id) };
}

/** The rating cells a likelihood and consequence fall in, one per matrix in force (a matrix without the pair gives none). */
export function matrixCells(evaluation: Extract<RiskEvaluation, { kind: 'matrix' }>, likelihood: number, consequence: number) {
  return evaluation.matrices.map((cells) => cells.find((c) => c.likelihood === likelihood && c.consequence === consequence));
}

/** Whether a likelihood and consequence need treatment under the evaluation in force; undecided where it cannot tell. */
export function judgeRisk(
  evaluation: RiskEvaluation,
  factors: { readonly likelihood?: unknown; readonly consequence?: unknown },
): 'above' | 'within' | 'undecided' | 'unknown' {
  const level = riskLevel(factors);
  if (level === undefined) return 'unknown';
  if (evaluation.kind === 'threshold') return judgeLevel(level, evaluation.range);
  if (evaluation.kind === 'qualitative') return 'undecided';
  const cells = matrixCells(evaluation, factors.likelihood as number, factors.consequence as number);
  if (cells.some((c) => c === undefined)) return 'undecided';
  if (cells.every((c) => c!.needsTreatment)) return 'above';
  if (cells.every((c) => !c!.needsTreatment)) return 'within';
  return 'undecided';
}

export type ResidualAcceptance = 'by-designated-management' | 'not-accepted' | 'outside-designation' | 'designation-unknown';

/**
 * Whether designated management approved the treatment plan and accepted the residual risk (ISO/IEC 42001 6.1.3).
 * Unlike ISO/IEC 27001 the Standard does not ask the risk owner. A member of top management always counts. Where the
 * risk or the methodology in force designates who accepts (`designatedAcceptors`), one of them counts and anyone else
 * does not (`outside-designation`). Where nothing is designated, the risk owner is taken as designated, and anyone
 * else, or anyone at all when the risk has no owner, leaves the designation to be shown (`designation-unknown`).
 */
export function residualAcceptance(
  risk: Pick<Risk, 'ownerId' | 'ownerRoleId' | 'treatment'>,
  roles: ReadonlyMap<string, Role>,
  methodologies: readonly RiskMethodology[] = [],
  persons: ReadonlyMap<string, Pick<Person, 'topManagement'>> = new Map(),
): ResidualAcceptance {
  const acceptedBy = risk.treatment?.residualAcceptedById;
  if (typeof acceptedBy !== 'string' || acceptedBy === '') return 'not-accepted';
  if (persons.get(acceptedBy)?.topManagement === true) return 'by-designated-management';
  const designated = designatedAcceptors(risk, methodologies, roles);
  if (designated.personIds.has(acceptedBy)) return 'by-designated-management';
  return designated.source === 'risk' || designated.source === 'methodology' ? 'outside-designation' : 'designation-unknown';
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
