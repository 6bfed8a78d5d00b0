// methodology-missing (6.1.2, 6.1.4): no risk or no impact assessment methodology, or one an assessor cannot apply.
import type { ImpactMethodology, RiskMethodology, SnapshotIndex } from '../domain/index.ts';
import { organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { maxLevel } from '../domain/predicates/risk-levels.ts';
import { defineCheck } from './define-check.ts';
import type { Subject } from './types.ts';

const RISK_NEEDS =
  'likelihood and consequence scales, risk criteria, an acceptance threshold for the level (likelihood × consequence), ' +
  'a re-assessment interval in months and the significant changes that trigger re-assessment';
const IMPACT_NEEDS =
  'the dimensions it covers (individuals, groups of individuals, societies), severity and likelihood scales, criteria ' +
  'for when an impact needs mitigation, a re-assessment interval in months and the significant changes that trigger re-assessment';

const hasScale = (scale: unknown) => Array.isArray(scale) && scale.length >= 2;
const hasInterval = (m: unknown) => typeof m === 'number' && Number.isInteger(m) && m > 0;
const hasTriggers = (t: unknown) => Array.isArray(t) && t.some((x) => !isBlank(x));

function riskGaps(m: RiskMethodology): string[] {
  const gaps: string[] = [];
  if (!hasScale(m.likelihoodScale)) gaps.push('a likelihood scale');
  if (!hasScale(m.consequenceScale)) gaps.push('a consequence scale');
  if (isBlank(m.criteria)) gaps.push('risk criteria');
  const threshold = m.acceptanceThreshold as unknown;
  const top = maxLevel(m);
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) gaps.push('an acceptance threshold');
  // A threshold no level can exceed makes every risk acceptable: criteria on paper, none in effect.
  else if (top !== undefined && threshold >= top) gaps.push(`a usable acceptance threshold (${threshold} accepts every level its scales allow, at most ${top})`);
  if (!hasInterval(m.reassessmentIntervalMonths)) gaps.push('a re-assessment interval');
  if (!hasTriggers(m.triggers)) gaps.push('triggers for re-assessment after significant changes');
  return gaps;
}

const dimensionWords = { individual: 'individuals', group: 'groups of individuals', society: 'societies' } as const;

function impactGaps(m: ImpactMethodology): string[] {
  const gaps: string[] = [];
  const dims = Array.isArray(m.dimensions) ? m.dimensions : [];
  const uncovered = (Object.keys(dimensionWords) as (keyof typeof dimensionWords)[]).filter((d) => !dims.includes(d));
  if (uncovered.length > 0) gaps.push(`coverage of ${listForMessage(uncovered.map((d) => dimensionWords[d]))}`);
  if (!hasScale(m.severityScale)) gaps.push('a severity scale');
  if (!hasScale(m.likelihoodScale)) gaps.push('a likelihood scale');
  if (isBlank(m.criteria)) gaps.push('criteria for judging impacts');
  if (!hasInterval(m.reassessmentIntervalMonths)) gaps.push('a re-assessment interval');
  if (!hasTriggers(m.triggers)) gaps.push('triggers for re-assessment after significant changes');
  return gaps;
}

/** `"AI risk methodology" (rm-1)` when a controlled document names it, else the id alone. */
function nameOf(m: { id: string; documentId?: string }, index: SnapshotIndex): string {
  const doc = m.documentId ? index.documents.get(m.documentId) : undefined;
  return doc ? `"${doc.title}" (${m.id})` : m.id;
}

export default defineCheck({
  id: 'methodology-missing',
  meta: {
    title: 'AI risk and impact assessment methodologies are defined and usable',
    severity: 'major',
    surfaces: ['stage-1'],
    refs: ['6.1.2', '6.1.4', '8.2', '8.4'],
    euAiAct: ['Art 9', 'Art 27'],
    description:
      'At Stage 1 the auditor asks for the AI risk assessment methodology and, separately, the AI system impact ' +
      'assessment methodology. Each must let different assessors reach comparable results: scales, criteria for what ' +
      'is acceptable (for risks, an acceptance threshold), how often assessments are repeated and which changes trigger ' +
      'a new one. The impact methodology must cover individuals, groups of individuals and societies. Without them, ' +
      'risk treatment and impact assessment have no foundation.',
    messages: {
      noRiskMethodology:
        'No AI risk assessment methodology is recorded: nothing defines how AI risks are analysed and evaluated or which risks are acceptable.',
      noImpactMethodology:
        'No AI system impact assessment methodology is recorded: nothing defines how consequences of AI systems for individuals, groups and societies are assessed.',
      riskIncomplete: 'Risk assessment methodology {{name}} lacks {{gaps}}.',
      impactIncomplete: 'Impact assessment methodology {{name}} lacks {{gaps}}.',
    },
    fix: 'Define and approve {{what}} with {{needs}}, and keep its text as a controlled document.',
  },
  run({ aims, index, report, pass }) {
    const examined: Subject[] = [];
    if (aims.riskMethodologies.length === 0) {
      report({
        messageId: 'noRiskMethodology',
        grade: { extent: 'absent', requirement: '6.1.2' },
        data: { what: 'an AI risk assessment methodology', needs: RISK_NEEDS },
        subjects: [organisationSubject(aims)],
      });
    }
    for (const m of aims.riskMethodologies) {
      const gaps = riskGaps(m);
      const subject = subjectOf('riskMethodologies', m);
      examined.push(subject);
      if (gaps.length === 0) continue;
      report({
        messageId: 'riskIncomplete',
        grade: { extent: 'isolated', requirement: '6.1.2' },
        data: { name: nameOf(m, index), gaps: listForMessage(gaps), what: `risk assessment methodology ${m.id}`, needs: listForMessage(gaps) },
        subjects: [subject],
      });
    }
    if (aims.impactMethodologies.length === 0) {
      report({
        messageId: 'noImpactMethodology',
        grade: { extent: 'absent', requirement: '6.1.4' },
        data: { what: 'an AI system impact assessment methodology, distinct from the risk methodology,', needs: IMPACT_NEEDS },
        subjects: [organisationSubject(aims)],
      });
    }
    for (const m of aims.impactMethodologies) {
      const gaps = impactGaps(m);
      const subject = subjectOf('impactMethodologies', m);
      examined.push(subject);
      if (gaps.length === 0) continue;
      report({
        messageId: 'impactIncomplete',
        grade: { extent: 'isolated', requirement: '6.1.4' },
        data: { name: nameOf(m, index), gaps: listForMessage(gaps), what: `impact assessment methodology ${m.id}`, needs: listForMessage(gaps) },
        subjects: [subject],
      });
    }
    pass(examined);
  },
});
