// event-logging-undecided (A.6.2.8): an AI system in scope without a decision on event logging, with an unjustified
// "not required", or, when high-risk under the EU AI Act, without logging while it operates.
import type { AiSystem } from '../domain/index.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { justifiedExclusion } from './shared/soa-exclusions.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { defineCheck } from './define-check.ts';
import { listForMessage } from '../domain/wording.ts';
import { reportForReview, reportLapses, type Lapse } from './shared/nonconformity.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';

const CONTROL = 'A.6.2.8';
/** Six months, counted as the shortest six-month span of the calendar (181 days), so no compliant period is flagged. */
const EU_MIN_RETENTION_DAYS = 181;

/**
 * High-risk systems whose logs the organisation must keep under the EU AI Act: as provider (Art 12, 19) or
 * deployer (Art 26(6)); importers, distributors and representatives do not run the logging. Unknown role: assume it must.
 */
function logsRequiredByLaw(s: AiSystem): boolean {
  if (s.euAiActRiskClass !== 'high-risk') return false;
  return s.euAiActRole === undefined || s.euAiActRole === 'provider' || s.euAiActRole === 'deployer' || s.euAiActRole === 'product-manufacturer';
}

export default defineCheck({
  id: 'event-logging-undecided',
  meta: {
    title: 'Every AI system in scope has a justified event-logging decision covering operation',
    severity: 'minor',
    surfaces: ['stage-2'],
    refs: ['A.6.2.8'],
    euAiAct: ['Art 12', 'Art 19', 'Art 26'],
    description:
      'The auditor asks, per AI system, at which life-cycle stages event logs are recorded and why, and samples the ' +
      'logs themselves. The decision should cover at least the time the system is in use; a decision that logs are ' +
      'not needed must say why. For a system that is high-risk under the EU AI Act, automatic logging in operation ' +
      'and keeping the logs for at least six months are legal obligations, not options.',
    messages: {
      undecidedAll: '{{count}} of the {{examined}} AI systems in development or operation have no event-logging decision recorded: {{systems}}.',
      highRiskNotLoggedAll: '{{count}} AI systems high-risk under the EU AI Act do not log events automatically while they operate: {{systems}}.',
      gapsAll: '{{count}} of the {{examined}} AI systems have an event-logging decision with a gap: {{systems}}.',
      undecided: 'AI system {{system}} is in the AIMS scope and {{state}}, but no event-logging decision is recorded{{law}}.',
      notRequiredUnjustified: 'AI system {{system}} has an event-logging decision of "not required" without a justification.',
      notRequiredInUse:
        'AI system {{system}} is {{state}} and its event logs were decided "not required" ("{{justification}}"): logs are expected at least while a system is in use, so confirm the justification holds.',
      notRequiredInUseAll:
        '{{count}} AI systems in use have their event logs decided "not required" ({{systems}}): logs are expected at least while a system is in use, so confirm each justification holds.',
      notInOperation: 'AI system {{system}} has event logging enabled, but not for the operation-and-monitoring stage, when the system is in use.',
      highRiskNotLogged: 'AI system {{system}} is high-risk under the EU AI Act, but {{how}}: it must record events automatically while it operates.',
      retentionShort: 'AI system {{system}} is high-risk under the EU AI Act and keeps its event logs for {{days}} days, less than the six months the Act requires.',
    },
    fix:
      'Decide and record for {{system}} at which life-cycle stages event logs are kept (at least operation and monitoring), ' +
      'how long they are kept and, where logging is not needed, why; then make sure the logging runs as decided.',
  },
  run({ aims, index, report, pass, notApplicable }) {
    // An SoA that excludes A.6.2.8 with a reason takes the control out of the AIMS; the law still binds high-risk
    // systems. An exclusion without a reason leaves the control applying, as in the other checks of Annex A controls.
    const excluded = justifiedExclusion(aims, CONTROL) !== undefined;
    const systems = activeAiSystemsInScope(aims)
      .filter((s) => s.status === 'in-development' || s.status === 'in-operation')
      .filter((s) => !excluded || logsRequiredByLaw(s));
    if (systems.length === 0) {
      notApplicable(excluded
        ? `The Statement of Applicability excludes ${CONTROL} and no AI system in scope is high-risk under the EU AI Act.`
        : 'No AI system in the AIMS scope is in development or in operation.');
      return;
    }
    type M = 'undecided' | 'notRequiredUnjustified' | 'notRequiredInUse' | 'notInOperation' | 'highRiskNotLogged' | 'retentionShort' | 'undecidedAll' | 'highRiskNotLoggedAll' | 'gapsAll' | 'notRequiredInUseAll';
    const undecided: Lapse<M>[] = [];
    const unlogged: Lapse<M>[] = [];
    const gaps: Lapse<M>[] = [];
    // For a reader to settle: one question listing the systems whose logs were justified away.
    const notRequired: Lapse<M>[] = [];
    for (const system of systems) {
      const subject = subjectOf('aiSystems', system);
      const byLaw = logsRequiredByLaw(system);
      const data = { system: named(subject), state: system.status === 'in-operation' ? 'in operation' : 'in development', law: '' };
      const logging = system.eventLogging;
      if (!logging) {
        undecided.push({
          messageId: 'undecided',
          data: { ...data, law: byLaw ? ', although it is high-risk under the EU AI Act and must log events automatically' : '' },
          subjects: [subject],
        });
      } else if (logging.decision === 'not-required') {
        if (byLaw) {
          unlogged.push({ messageId: 'highRiskNotLogged', data: { ...data, how: 'its event logs were decided "not required"' }, subjects: [subject] });
        } else if (isBlank(logging.justification)) {
          gaps.push({ messageId: 'notRequiredUnjustified', data, subjects: [subject] });
        } else {
          notRequired.push({ messageId: 'notRequiredInUse', data: { ...data, justification: logging.justification! }, subjects: [subject] });
        }
      } else if (!(logging.stages ?? []).includes('operation-and-monitoring')) {
        if (byLaw) unlogged.push({ messageId: 'highRiskNotLogged', data: { ...data, how: 'its event logging does not cover the operation-and-monitoring stage' }, subjects: [subject] });
        else gaps.push({ messageId: 'notInOperation', data, subjects: [subject] });
      } else if (byLaw && typeof logging.retentionDays === 'number' && logging.retentionDays < EU_MIN_RETENTION_DAYS) {
        gaps.push({ messageId: 'retentionShort', data: { ...data, days: logging.retentionDays }, subjects: [subject] });
      }
    }
    const examined = systems.length;
    const summary = (list: Lapse<M>[]) => () => ({ examined, systems: listForMessage(list.map((l) => String(l.data['system'])), 6), system: 'each system listed', systemId: 'each system listed' });
    // The risk class raises the grade: a high-risk system must log by law (EU AI Act Art 12).
    const grade = (list: Lapse<M>[]) => {
      const highRisk = highRiskReasonOfAny(aims, index, list.map((l) => l.subjects[0]!.id));
      return { examined, ...(highRisk ? { highRisk } : {}) };
    };
    reportForReview(report, notRequired, { summary: 'notRequiredInUseAll', data: summary(notRequired), severity: 'observation' });
    reportLapses(report, undecided, { summary: 'undecidedAll', data: summary(undecided), grade: grade(undecided) });
    reportLapses(report, unlogged, { summary: 'highRiskNotLoggedAll', data: summary(unlogged), grade: grade(unlogged) });
    reportLapses(report, gaps, { summary: 'gapsAll', data: summary(gaps), grade: grade(gaps) });
    pass(systems.map((s) => subjectOf('aiSystems', s)));
  },
});
