// The AI system's risk class, which raises a finding's grade (grading.ts): a lapse around a system classified
// high-risk under the EU AI Act, or one whose impact assessment rates an effect on people at the top of its
// severity scale, is a major where the same lapse elsewhere is a minor.
import type { AimsSnapshot, ImpactAssessment, SnapshotIndex } from '../../domain/index.ts';
import { named } from './finding-subjects.ts';

/** The top of the severity scale the assessment was made on (its methodology's, else the only one defined). */
function topSeverity(aims: AimsSnapshot, index: SnapshotIndex, assessment: ImpactAssessment): number | undefined {
  const methodology = assessment.methodologyId !== undefined
    ? index.impactMethodologies.get(assessment.methodologyId)
    : aims.impactMethodologies.length === 1 ? aims.impactMethodologies[0] : undefined;
  if (!methodology || methodology.severityScale.length === 0) return undefined;
  return Math.max(...methodology.severityScale.map((l) => l.value));
}

/** The latest impact assessment of each AI system, worked out once per snapshot: checks ask about many systems. */
const latestBySnapshot = new WeakMap<AimsSnapshot, Map<string, ImpactAssessment>>();
function latestAssessments(aims: AimsSnapshot): Map<string, ImpactAssessment> {
  let latest = latestBySnapshot.get(aims);
  if (!latest) {
    latest = new Map();
    for (const a of aims.impactAssessments) {
      const held = latest.get(a.aiSystemId);
      if (held === undefined || a.assessedOn > held.assessedOn) latest.set(a.aiSystemId, a);
    }
    latestBySnapshot.set(aims, latest);
  }
  return latest;
}

/**
 * Why the system's risk class raises the grade, in words for the finding's basis, or undefined when it does not:
 * the EU AI Act class is high-risk or prohibited, or the latest impact assessment records a harmful effect on
 * individuals, groups or societies at the top of the scale it was assessed on.
 */
export function highRiskReason(aims: AimsSnapshot, index: SnapshotIndex, aiSystemId: string): string | undefined {
  const system = index.aiSystems.get(aiSystemId);
  if (!system) return undefined;
  const who = `AI system ${named(system)}`;
  if (system.euAiActRiskClass === 'high-risk' || system.euAiActRiskClass === 'prohibited') {
    return `${who} is ${system.euAiActRiskClass} under the EU AI Act`;
  }
  const latest = latestAssessments(aims).get(aiSystemId);
  if (!latest) return undefined;
  const top = topSeverity(aims, index, latest);
  if (top === undefined) return undefined;
  const severe = latest.impacts.find((i) => i.dimension !== 'organisation' && i.beneficial !== true && i.severity >= top);
  return severe ? `the impact assessment ${latest.id} of ${who} rates an impact on people at the top of its severity scale (${severe.type})` : undefined;
}

/** The first reason any of the systems gives. */
export function highRiskReasonOfAny(aims: AimsSnapshot, index: SnapshotIndex, aiSystemIds: readonly string[]): string | undefined {
  for (const id of aiSystemIds) {
    const reason = highRiskReason(aims, index, id);
    if (reason) return reason;
  }
  return undefined;
}
