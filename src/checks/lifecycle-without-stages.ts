// lifecycle-without-stages: an in-scope AI system with no defined life-cycle stages, or past gates without record or evidence.
import { baselineGaps, coveredByBaseline, currentStageOf, gateFor, gateGaps, passedStages } from '../domain/predicates/lifecycle-stages.ts';
import { inAimsScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage, plural } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';
import { reportForReview, reportLapses, type Lapse } from './shared/nonconformity.ts';

export default defineCheck({
  id: 'lifecycle-without-stages',
  meta: {
    title: 'AI systems move through defined life-cycle stages with a recorded gate and evidence at each',
    severity: 'minor',
    surfaces: ['stage-2'],
    // The catalogue row cites the A.6.2 group; the catalogue knows controls, so the check cites the group's
    // stage controls (technical documentation and event logs, A.6.2.7-8, have checks of their own).
    refs: ['8.1', 'A.6.2.2', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.6'],
    description:
      'In a Stage 2 walkthrough the auditor traces an AI system from inception through impact assessment, design, '
      + 'verification and validation and the deployment gate into operation, asking at each step who decided, when, '
      + 'and on what evidence. "Concept to deployment" with no stages, or gates passed without a record, fails the trace. '
      + 'A system that predates the AIMS is walked from its retrospective baseline: the documented state in which the '
      + 'AIMS adopted it stands in for the gates it passed before, which no one should invent after the fact.',
    messages: {
      noStagesAll: '{{count}} of the {{examined}} AI systems in scope have no defined life-cycle stages: {{systems}}.',
      currentStageUndefinedAll: '{{count}} of the {{examined}} AI systems in scope are at a stage not defined for them: {{systems}}.',
      gateGapsAll: '{{count}} of the {{examined}} AI systems in scope have passed life-cycle stages with gaps at the gates: {{systems}}.',
      baselineGapsAll: '{{count}} of the {{examined}} AI systems in scope predate the AIMS with gaps in the retrospective baseline that stands in for their earlier gates: {{systems}}.',
      noStages: 'AI system {{system}} ({{status}}) has no defined life-cycle stages, so there are no gates or evidence per stage to walk through.',
      currentStageUndefined: 'AI system {{system}} is at stage "{{stage}}", which is not one of the stages defined for it ({{stages}}).',
      gateGaps: 'AI system {{system}} has passed {{passed}} with gaps at the gates: {{gaps}}.',
      baselineGaps: 'AI system {{system}} predates the AIMS, but its retrospective baseline of {{documentedOn}}, which stands in for the gates before {{atStage}}, has {{gaps}}.',
      stageUnknown: 'AI system {{system}} is in development with defined stages but no current stage, so which gates it has passed cannot be told; check its gate records.',
      stageUnknownAll: '{{count}} AI systems in development have defined stages but no current stage, so which gates they have passed cannot be told ({{systems}}); check their gate records.',
    },
    fix:
      'For {{systemId}}: define its life-cycle stages (e.g. inception, impact-assessment, requirements-and-design, '
      + 'verification-and-validation, deployment, operation-and-monitoring, retirement), record its current stage, and for '
      + 'each stage it has passed record the gate: decision, approver, date and the evidence the decision rested on. For a '
      + 'system that predates the AIMS, record a retrospective baseline instead of the earlier gates: the stage it had '
      + 'reached, when it was documented, who approved it and the evidence or document.',
  },
  run({ aims, index, report, pass, notApplicable }) {
    // Retired systems stay: their gates up to retirement are still records an auditor may sample.
    const systems = aims.aiSystems.filter(inAimsScope(aims));
    if (systems.length === 0) {
      notApplicable('No AI system is in scope, so there is no life cycle to walk through.');
      return;
    }
    // When no in-scope system has stages, the AIMS has no life-cycle process at all: major for each system.
    const noneDefined = systems.every((s) => s.lifecycle.stages.length === 0);
    const evidenceExists = (id: string) => index.evidenceItems.has(id);
    type M = 'noStages' | 'currentStageUndefined' | 'gateGaps' | 'stageUnknown' | 'baselineGaps' | 'noStagesAll' | 'currentStageUndefinedAll' | 'gateGapsAll' | 'baselineGapsAll' | 'stageUnknownAll';
    const noStages: Lapse<M>[] = [];
    const proposedNoStages: Lapse<M>[] = [];
    const undefinedStage: Lapse<M>[] = [];
    const gateGapList: Lapse<M>[] = [];
    const baselineGapList: Lapse<M>[] = [];
    // For a reader to settle: one question listing the systems.
    const stageUnknown: Lapse<M>[] = [];
    const documentExists = (id: string) => index.documents.has(id);
    for (const system of systems) {
      const subject = subjectOf('aiSystems', system);
      const data = { system: named(system), systemId: system.id, status: system.status };
      const { stages, gates } = system.lifecycle;
      if (stages.length === 0) {
        (system.status === 'proposed' ? proposedNoStages : noStages).push({ messageId: 'noStages', subjects: [subject], data });
        continue;
      }
      const current = currentStageOf(system);
      if (current !== undefined && !stages.includes(current)) {
        undefinedStage.push({ messageId: 'currentStageUndefined', subjects: [subject], data: { ...data, stage: current, stages: stages.join(', ') } });
        continue;
      }
      if (current === undefined) {
        stageUnknown.push({ messageId: 'stageUnknown', subjects: [subject], data });
        continue;
      }
      const passed = passedStages(system);
      const baseline = system.lifecycle.retrospectiveBaseline;
      const gaps = passed
        .filter((stage) => !coveredByBaseline(system, stage))
        .map((stage) => ({ stage, gaps: gateGaps(gateFor(stage, gates), evidenceExists) }))
        .filter((g) => g.gaps.length > 0);
      const missingFromBaseline = baselineGaps(system, { evidence: evidenceExists, document: documentExists });
      if (baseline && missingFromBaseline.length > 0) {
        baselineGapList.push({
          messageId: 'baselineGaps',
          subjects: [subject],
          data: { ...data, documentedOn: baseline.documentedOn, atStage: baseline.atStage, gaps: listForMessage(missingFromBaseline) },
        });
      }
      if (gaps.length === 0) {
        if (!baseline || missingFromBaseline.length === 0) pass([subject]);
        continue;
      }
      gateGapList.push({
        messageId: 'gateGaps',
        subjects: [subject],
        data: {
          ...data,
          passed: plural(passed.length, 'stage'),
          gaps: listForMessage(gaps.map((g) => `${g.stage} (${g.gaps.join(', ')})`), 4, { separator: '; ' }),
        },
      });
    }
    // One nonconformity per kind, each system listed; no system with stages at all is the process absent.
    const examined = systems.length;
    const summary = (list: Lapse<M>[]) => () => ({ examined, systems: listForMessage(list.map((l) => String(l.data['system'])), 6), systemId: 'each system listed' });
    const highRisk = (list: Lapse<M>[]) => highRiskReasonOfAny(aims, index, list.map((l) => l.subjects[0]!.id));
    const grade = (list: Lapse<M>[]) => { const h = highRisk(list); return { examined, ...(h ? { highRisk: h } : {}) }; };
    reportForReview(report, stageUnknown, { summary: 'stageUnknownAll', data: summary(stageUnknown) });
    reportLapses(report, noStages, { summary: 'noStagesAll', data: summary(noStages), grade: noneDefined ? { extent: 'absent' } : grade(noStages) });
    reportLapses(report, proposedNoStages, { summary: 'noStagesAll', data: summary(proposedNoStages), grade: { extent: 'potential' } });
    reportLapses(report, undefinedStage, { summary: 'currentStageUndefinedAll', data: summary(undefinedStage), grade: grade(undefinedStage) });
    reportLapses(report, gateGapList, { summary: 'gateGapsAll', data: summary(gateGapList), grade: grade(gateGapList) });
    reportLapses(report, baselineGapList, { summary: 'baselineGapsAll', data: summary(baselineGapList), grade: grade(baselineGapList) });
  },
});
