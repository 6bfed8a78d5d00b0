// impact-assessment-conflated-with-risk (6.1.4, 8.4, A.5.4, A.5.5): an AI system impact assessment that assesses
// business risk (harm to the organisation) instead of effects on individuals, groups and societies.
import type { ImpactAssessment } from '../domain/index.ts';
import { businessRiskSignals, peopleSignals, readsAsBusinessRisk } from '../domain/predicates/text-signals.ts';
import { defineCheck } from './define-check.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';
import { reportForReview, type Lapse } from './shared/nonconformity.ts';
import type { Instance } from './types.ts';
import { activeInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';

export default defineCheck({
  id: 'impact-assessment-conflated-with-risk',
  meta: {
    title: 'AI system impact assessments assess effects on people, not business risk',
    severity: 'major',
    surfaces: ['stage-2'],
    refs: ['6.1.4', '8.4', 'A.5.4', 'A.5.5'],
    euAiAct: ['Art 27'],
    description:
      'When sampling impact assessments at Stage 2, the auditor checks that they assess what the AI system may do to ' +
      'individuals, groups of individuals and societies: fairness, privacy, safety, access to services, autonomy. An ' +
      'assessment that lists lost revenue, reputational damage or regulatory fines is a risk assessment under another ' +
      'name; the organisation then has no impact assessment at all.',
    messages: {
      organisationOnlyAll:
        '{{count}} of the {{examined}} current impact assessments record only impacts on the organisation: they assess ' +
        'business risk, not effects on individuals, groups or societies ({{assessments}}).',
      noImpactsAll: '{{count}} of the {{examined}} current impact assessments record no impact on individuals, groups or societies ({{assessments}}).',
      organisationOnly:
        'The impact assessment {{assessment}} of AI system {{system}} records only impacts on the organisation ({{count}}): ' +
        'it assesses business risk, not effects on individuals, groups or societies.',
      noImpacts: 'The impact assessment {{assessment}} of AI system {{system}} records no impact on individuals, groups or societies.',
      readsAsBusiness:
        'The impact assessment {{assessment}} of AI system {{system}} files its impacts under individuals, groups or ' +
        'societies, but they read as business risk ({{signals}}) with no one named who bears them: check whether they describe effects on people.',
      nobodyNamed:
        'The impact assessment {{assessment}} of AI system {{system}} names no affected individuals, groups or societies, and ' +
        'its impacts do not say who bears them: check that people affected by the system were considered.',
      readsAsBusinessAll:
        '{{count}} current impact assessments file their impacts under individuals, groups or societies, but they read as business risk with no one named who bears them ({{assessments}}): check whether they describe effects on people.',
      nobodyNamedAll:
        '{{count}} current impact assessments name no affected individuals, groups or societies, and their impacts do not say who bears them ({{assessments}}): check that people affected by the systems were considered.',
    },
    fix:
      'Reassess {{system}} with the impact assessment methodology: name the individuals, groups and societies it can ' +
      'affect, record each effect on them (dimension individual, group or society) with its type, severity, likelihood ' +
      'and mitigation, and keep harm to the organisation in the risk register.',
  },
  run({ aims, index, report, notApplicable }) {
    if (aims.impactAssessments.length === 0) {
      notApplicable('No AI system impact assessment is recorded; ai-system-without-impact-assessment reports the systems that need one.');
      return;
    }
    const judged = activeInScope(aims);
    // Only the current assessment of each system counts: an earlier one superseded by a sound one is history.
    const latest = new Map<string, string>();
    for (const a of aims.impactAssessments) {
      const seen = latest.get(a.aiSystemId);
      if (seen === undefined || a.assessedOn > seen) latest.set(a.aiSystemId, a.assessedOn);
    }
    // One finding per kind of failure, its assessments listed; the share of current assessments affected grades it.
    const failing: Record<'organisationOnly' | 'noImpacts', { instance: Instance; systemId: string; label: string }[]> = { organisationOnly: [], noImpacts: [] };
    // What only a reader can settle, one question per kind listing its assessments.
    const reviews: Record<'readsAsBusiness' | 'nobodyNamed', Lapse<'readsAsBusiness' | 'nobodyNamed'>[]> = { readsAsBusiness: [], nobodyNamed: [] };
    let examined = 0;
    for (const a of aims.impactAssessments) {
      if (latest.get(a.aiSystemId) !== a.assessedOn) continue;
      const system = index.aiSystems.get(a.aiSystemId);
      // An assessment naming no known system is still judged: the dangling reference is no excuse.
      if (system && !judged(system)) continue;
      examined++;
      const verdict = judge(a);
      if (!verdict) continue;
      const systemName = system ? named({ label: system.name, id: system.id }) : `"${a.aiSystemId}"`;
      const data = { assessment: `${a.id} (${a.assessedOn})`, system: systemName, ...verdict.data };
      const subjects = [
        subjectOf('impactAssessments', a, `Impact assessment of ${system?.name ?? a.aiSystemId} (${a.assessedOn})`),
        ...(system ? [subjectOf('aiSystems', system)] : []),
      ];
      if (verdict.messageId === 'readsAsBusiness' || verdict.messageId === 'nobodyNamed') {
        reviews[verdict.messageId].push({ messageId: verdict.messageId, data: { ...data, label: `${a.id} of ${systemName}` }, subjects });
      } else {
        failing[verdict.messageId].push({ instance: { messageId: verdict.messageId, data, subjects }, systemId: a.aiSystemId, label: `${a.id} of ${systemName}` });
      }
    }
    for (const [kind, list] of [['readsAsBusinessAll', reviews.readsAsBusiness], ['nobodyNamedAll', reviews.nobodyNamed]] as const) {
      reportForReview(report, list, { summary: kind, data: () => ({ assessments: listForMessage(list.map((l) => String(l.data['label'])), 8), system: 'each listed system' }) });
    }
    for (const [kind, list] of [['organisationOnlyAll', failing.organisationOnly], ['noImpactsAll', failing.noImpacts]] as const) {
      if (list.length === 0) continue;
      const highRisk = highRiskReasonOfAny(aims, index, list.map((f) => f.systemId));
      const systems = listForMessage(list.map((f) => f.label), 8);
      report({
        messageId: kind,
        data: { count: list.length, examined, assessments: systems, system: list.length === 1 ? list[0]!.label : 'each listed system' },
        subjects: [],
        instances: list.map((f) => f.instance),
        // Every current assessment failing so is the assessment process not assessing impacts on people at all.
        grade: { ...(list.length === examined ? { extent: 'broken-down' as const } : {}), examined, ...(highRisk ? { highRisk } : {}) },
      });
    }
  },
});

type Verdict =
  | { messageId: 'organisationOnly'; data: { count: number } }
  | { messageId: 'noImpacts'; data: Record<string, never> }
  | { messageId: 'readsAsBusiness'; data: { signals: string } }
  | { messageId: 'nobodyNamed'; data: Record<string, never> };

/** Structured data first (the dimension of each impact); the wording only where the dimensions say "people". */
function judge(a: ImpactAssessment): Verdict | undefined {
  const impacts = a.impacts ?? [];
  const onPeople = impacts.filter((i) => i.dimension !== 'organisation');
  if (impacts.length > 0 && onPeople.length === 0) return { messageId: 'organisationOnly', data: { count: impacts.length } };
  if (onPeople.length === 0) return { messageId: 'noImpacts', data: {} };

  const readings = onPeople.map((i) => {
    const text = `${i.type ?? ''} ${i.description ?? ''}`;
    return { business: businessRiskSignals(text), people: peopleSignals(text), framedAsBusiness: readsAsBusinessRisk(text) };
  });
  const namesSomeone = (a.affectedParties ?? []).some((p) => !isBlank(p) && businessRiskSignals(p).length === 0);
  // Business framing wins over a rights word: "biased decisions could lead to fines" names no one who bears it.
  if (readings.every((r) => r.framedAsBusiness)) {
    return { messageId: 'readsAsBusiness', data: { signals: listForMessage([...new Set(readings.flatMap((r) => r.business))]) } };
  }
  if (!namesSomeone && readings.every((r) => r.people.length === 0)) return { messageId: 'nobodyNamed', data: {} };
  return undefined;
}
