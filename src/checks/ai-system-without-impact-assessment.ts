// ai-system-without-impact-assessment (6.1.4, A.5.2): an AI system in the AIMS scope that was never impact-assessed.
import { isOnOrBefore, lifecycleStages, type AiSystem, type ImpactAssessment } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';
import type { Instance } from './types.ts';
import { listForMessage } from '../domain/wording.ts';

const IA_STAGE = lifecycleStages.indexOf('impact-assessment');

/**
 * Whether the life cycle has reached the point where an impact assessment must exist: a system in development or
 * operation, or a proposed one whose current stage is past the impact-assessment stage.
 */
function assessmentDue(system: AiSystem): boolean {
  if (system.status === 'in-development' || system.status === 'in-operation') return true;
  const stage = system.lifecycle?.currentStage;
  return stage !== undefined && lifecycleStages.indexOf(stage) > IA_STAGE;
}

function stateOf(system: AiSystem): string {
  if (system.status === 'in-operation') return 'in operation';
  if (system.status === 'in-development') return 'in development';
  return `at the ${system.lifecycle.currentStage} stage`;
}

/** An assessment that names nobody affected and no impact records that an assessment was meant, not made. */
const isEmpty = (ia: ImpactAssessment) => (ia.affectedParties ?? []).length === 0 && (ia.impacts ?? []).length === 0;

export default defineCheck({
  id: 'ai-system-without-impact-assessment',
  meta: {
    title: 'Every AI system in scope has an impact assessment',
    severity: 'major',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['6.1.4', '8.4', 'A.5.2'],
    euAiAct: ['Art 27'],
    description:
      'Auditors ask for the impact assessment of each AI system in scope, and at Stage 2 they sample systems and ' +
      'trace them from inception through impact assessment. A system that is being built or is already in use ' +
      'without any assessment of its consequences for individuals, groups and societies shows the impact assessment ' +
      'process is not applied to it.',
    messages: {
      unassessed: '{{count}} of the {{examined}} AI systems in the AIMS scope that need an impact assessment have none yet: {{systems}}.',
      neverAssessed: 'AI system {{system}} is in the AIMS scope and {{state}}, but no impact assessment of it is recorded.',
      onlyPlanned: 'AI system {{system}} is in the AIMS scope and {{state}}, but its only impact assessments are dated after {{now}} ({{dates}}): it has not been assessed yet.',
      emptyAssessment:
        'AI system {{system}} has impact assessment records ({{ids}}) that name no affected parties and no impacts: check whether an assessment was actually carried out.',
    },
    fix:
      'Assess {{system}} under the impact assessment methodology and record it: assessor, date, the individuals, groups ' +
      'and societies it can affect, each impact with its type, severity, likelihood and mitigation, a conclusion and the next review date.',
  },
  run({ aims, index, now, report, pass, notApplicable }) {
    const systems = activeAiSystemsInScope(aims).filter(assessmentDue);
    if (systems.length === 0) {
      notApplicable('No AI system in the AIMS scope has reached the impact-assessment stage of its life cycle.');
      return;
    }
    const bySystem = new Map<string, ImpactAssessment[]>();
    for (const ia of aims.impactAssessments) {
      const list = bySystem.get(ia.aiSystemId);
      if (list) list.push(ia);
      else bySystem.set(ia.aiSystemId, [ia]);
    }
    const held = (s: AiSystem) => (bySystem.get(s.id) ?? []).filter((ia) => typeof ia.assessedOn === 'string' && isOnOrBefore(ia.assessedOn, now));
    // No system assessed at all is the process not operating, a major nonconformity wherever the systems stand.
    const noneAssessed = systems.every((s) => held(s).length === 0);

    const unassessed: Instance[] = [];
    for (const system of systems) {
      const subject = subjectOf('aiSystems', system);
      const data = { system: named(subject), state: stateOf(system), now };
      const all = bySystem.get(system.id) ?? [];
      const done = held(system);
      if (done.length === 0) {
        const planned = all.filter((ia) => !done.includes(ia));
        unassessed.push(planned.length > 0
          ? { messageId: 'onlyPlanned', data: { ...data, dates: listForMessage(planned.map((ia) => ia.assessedOn)) }, subjects: [subject] }
          : { messageId: 'neverAssessed', data, subjects: [subject] });
      } else if (done.every(isEmpty)) {
        report({
          messageId: 'emptyAssessment', outcome: 'needs-review', severity: 'minor',
          data: { ...data, ids: listForMessage(done.map((ia) => ia.id)) },
          subjects: [subject, ...done.map((ia) => subjectOf('impactAssessments', ia))],
        });
      }
    }
    if (unassessed.length > 0) {
      const ids = unassessed.map((i) => i.subjects[0]!.id);
      const systemsText = listForMessage(unassessed.map((i) => named(i.subjects[0]!)), 8);
      const highRisk = highRiskReasonOfAny(aims, index, ids);
      report({
        messageId: 'unassessed',
        data: { count: unassessed.length, examined: systems.length, systems: systemsText, system: systemsText },
        subjects: [],
        instances: unassessed,
        // No system assessed at all is the process not operating; otherwise the share of systems left out grades it.
        grade: { ...(noneAssessed ? { extent: 'absent' as const } : {}), examined: systems.length, ...(highRisk ? { highRisk } : {}) },
      });
    }
    pass(systems.map((s) => subjectOf('aiSystems', s)));
  },
});
