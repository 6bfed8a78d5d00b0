// Which results of an AI system impact assessment are significant, and so must reach the risk assessment (6.1.4).
import type { ImpactAssessment, ImpactMethodology } from '../model/index.ts';

export type Impact = ImpactAssessment['impacts'][number];

/**
 * The severity from which an impact is significant: the second-highest level of the severity scale it was assessed
 * on (the two highest levels). Without a scale, the levels are taken as 1 to 5, or 1 to 10 once a recorded severity
 * exceeds 5, since a score of 4 means something else on each.
 */
export function significantFrom(methodology: Pick<ImpactMethodology, 'severityScale'> | undefined, impacts: readonly Impact[]): number {
  const values = [...new Set((methodology?.severityScale ?? []).map((l) => l.value).filter((v) => typeof v === 'number'))].sort((a, b) => b - a);
  if (values.length >= 2) return values[1]!;
  if (values.length === 1) return values[0]!;
  return impacts.some((i) => typeof i.severity === 'number' && i.severity > 5) ? 9 : 4;
}

/**
 * The significant results of an assessment: harmful effects on individuals, groups or societies that the assessor
 * marked significant, or, where the assessor did not say, whose severity is at the two highest levels. Business
 * risk (`organisation`) and beneficial effects are not results the risk assessment must carry.
 */
export function significantImpacts(assessment: ImpactAssessment, methodology: Pick<ImpactMethodology, 'severityScale'> | undefined): Impact[] {
  const impacts = Array.isArray(assessment.impacts) ? assessment.impacts : [];
  const from = significantFrom(methodology, impacts);
  return impacts.filter((i) => {
    if (i.dimension === 'organisation' || i.beneficial === true) return false;
    if (typeof i.significant === 'boolean') return i.significant;
    return typeof i.severity === 'number' && i.severity >= from;
  });
}
