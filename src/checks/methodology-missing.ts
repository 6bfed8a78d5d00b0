// methodology-missing (6.1.2, 6.1.4): no risk or no impact assessment methodology, or one an assessor cannot apply.
import type { ImpactMethodology, RiskMethodology, SnapshotIndex } from '../domain/index.ts';
import { organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { maxLevel } from '../domain/predicates/risk-levels.ts';
import { peopleSignals } from '../domain/predicates/text-signals.ts';
import { defineCheck } from './define-check.ts';
import type { Subject } from './types.ts';

const RISK_NEEDS =
  'likelihood and consequence scales, risk criteria (a threshold on the level, a look-up matrix or qualitative criteria), ' +
  'consequences weighed for the organisation, individuals and societies, ' +
  'a re-assessment interval in months and the significant changes that trigger re-assessment';
const IMPACT_NEEDS =
  'the dimensions it covers (individuals, groups of individuals, societies), severity and likelihood scales, criteria ' +
  'for when an impact needs mitigation, a re-assessment interval in months and the significant changes that trigger re-assessment';

const hasScale = (scale: unknown) => Array.isArray(scale) && scale.length >= 2;
const hasInterval = (m: unknown) => typeof m === 'number' && Number.isInteger(m) && m > 0;
const hasTriggers = (t: unknown) => Array.isArray(t) && t.some((x) => !isBlank(x));

/**
 * How the methodology decides which risks are acceptable. A numeric threshold, a look-up matrix and qualitative
 * criteria are all methodologies (6.1.2 asks for criteria, not arithmetic); each is judged only for being usable.
 */
function criteriaGaps(m: RiskMethodology): string[] {
  const threshold = m.acceptanceThreshold as unknown;
  const matrix = Array.isArray(m.matrix) ? m.matrix : [];
  const top = maxLevel(m);
  if (threshold !== undefined && threshold !== null) {
    if (typeof threshold !== 'number' || !Number.isFinite(threshold)) return ['a numeric acceptance threshold'];
    // A threshold no level can exceed makes every risk acceptable: criteria on paper, none in effect.
    if (top !== undefined && threshold >= top) return [`a usable acceptance threshold (${threshold} accepts every level its scales allow, at most ${top})`];
    return [];
  }
  if (matrix.length > 0) {
    if (!matrix.some((c) => c?.needsTreatment === true)) return ['a usable risk matrix (no rating in it needs treatment)'];
    const values = (scale: unknown) => (Array.isArray(scale) ? scale.map((l: { value?: unknown }) => l?.value).filter((v): v is number => typeof v === 'number') : []);
    const unrated = values(m.likelihoodScale).flatMap((l) => values(m.consequenceScale).filter((c) => !matrix.some((x) => x?.likelihood === l && x?.consequence === c)));
    return unrated.length > 0 ? [`a matrix rating for every likelihood and consequence pair (${unrated.length} unrated)`] : [];
  }
  // Qualitative criteria are the criteria text itself; riskGaps reports it when blank.
  return isBlank(m.criteria) ? ['acceptance criteria (a threshold, a look-up matrix or qualitative criteria)'] : [];
}

const mustWeigh = ['individuals', 'societies'] as const;

/** 6.1.2 d): consequences for individuals and societies, not only the organisation (the ISO/IEC 27001 habit). */
function consequenceGaps(m: RiskMethodology): string[] {
  const dims = Array.isArray(m.consequenceDimensions) ? m.consequenceDimensions : undefined;
  if (!dims) return [];
  const missing = mustWeigh.filter((d) => !dims.includes(d) && !(d === 'individuals' && dims.includes('groups')));
  return missing.length > 0 ? [`consequences for ${listForMessage([...missing])} in its analysis (it weighs ${listForMessage(dims.length ? [...dims] : ['nothing'])})`] : [];
}

/** Where the methodology records no dimensions, whether its criteria and consequence scale say anything of people. */
function silentOnPeople(m: RiskMethodology): boolean {
  if (Array.isArray(m.consequenceDimensions)) return false;
  const scale = Array.isArray(m.consequenceScale) ? m.consequenceScale : [];
  const text = [m.criteria, ...scale.flatMap((l) => [l?.label, l?.description])].filter((t): t is string => typeof t === 'string').join(' ');
  return peopleSignals(text).length === 0;
}

function riskGaps(m: RiskMethodology): string[] {
  const gaps: string[] = [];
  if (!hasScale(m.likelihoodScale)) gaps.push('a likelihood scale');
  if (!hasScale(m.consequenceScale)) gaps.push('a consequence scale');
  if (isBlank(m.criteria)) gaps.push('risk criteria');
  gaps.push(...criteriaGaps(m), ...consequenceGaps(m));
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
      'is acceptable (for risks a threshold, a look-up matrix or qualitative criteria), how often assessments are repeated ' +
      'and which changes trigger a new one. Under ISO/IEC 42001 the risk analysis weighs consequences for individuals and ' +
      'societies as well as the organisation; the impact methodology must cover individuals, groups of individuals and societies. Without them, ' +
      'risk treatment and impact assessment have no foundation.',
    messages: {
      noRiskMethodology:
        'No AI risk assessment methodology is recorded: nothing defines how AI risks are analysed and evaluated or which risks are acceptable.',
      noImpactMethodology:
        'No AI system impact assessment methodology is recorded: nothing defines how consequences of AI systems for individuals, groups and societies are assessed.',
      riskIncomplete: 'Risk assessment methodology {{name}} lacks {{gaps}}.',
      consequencesUnstated:
        'Risk assessment methodology {{name}} does not say whose consequences it weighs, and neither its criteria nor its consequence scale mention people: check that the analysis considers consequences for individuals and societies, not only for the organisation.',
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
      if (gaps.length === 0 && silentOnPeople(m)) {
        report({
          messageId: 'consequencesUnstated', outcome: 'needs-review', severity: 'minor',
          data: { name: nameOf(m, index), what: `risk assessment methodology ${m.id}`, needs: 'the consequences it weighs (consequenceDimensions: organisation, individuals, groups, societies)' },
          subjects: [subject],
        });
      }
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
