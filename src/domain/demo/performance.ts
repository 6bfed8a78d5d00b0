// The demo's performance evaluation and improvement (9, 10, A.8.4, A.3.3): metrics, incident, concern, audits, review, NCs.
import { leafClauses, type ConcernReport, type Incident, type InternalAudit, type InternalAuditProgramme, type ManagementReview, type MonitoringMetric, type Nonconformity } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';

/** Measurements every `interval` days from `firstAgo` days ago up to asOf, drifting gently around `base`. */
function series(t: DemoClock, firstAgo: number, interval: number, base: number, step: number) {
  const out = [];
  for (let ago = firstAgo, i = 0; ago >= 0; ago -= interval, i++) out.push({ date: t.day(-ago), value: Math.round((base + step * Math.sin(i)) * 1000) / 1000 });
  return out;
}

export function buildMetrics(t: DemoClock): MonitoringMetric[] {
  const m = (id: string, name: string, what: string, method: string, intervalDays: number, ownerId: string, aiSystemId: string | undefined, target: string, measurements: MonitoringMetric['measurements']): MonitoringMetric =>
    ({ id, name, what, method, intervalDays, ownerId, ...(aiSystemId ? { aiSystemId } : {}), target, measurements });
  return [
    m('met-credit-gini', 'Credit model discrimination (Gini)', 'Ranking power of the credit model on matured accounts', 'Gini on the latest 12-month matured cohort, monthly', 30, 'p-yusuf', 'ais-credit-scoring', 'At least 0.55', series(t, 240, 30, 0.6, 0.02)),
    m('met-credit-psi', 'Credit population stability', 'Shift of the applicant population against the development sample', 'Population stability index, monthly', 30, 'p-yusuf', 'ais-credit-scoring', 'Below 0.10; above 0.25 escalates', series(t, 240, 30, 0.06, 0.02)),
    m('met-affordability-accuracy', 'Income categorisation accuracy', 'Share of transactions categorised as our underwriters would', 'Monthly sample of 500 transactions double-checked', 30, 'p-emma', 'ais-affordability', 'At least 95%', series(t, 240, 30, 0.965, 0.008)),
    m('met-assistant-accuracy', 'Assistant answer accuracy', 'Share of sampled answers on product facts that are correct', 'Agents review 200 sampled conversations a week', 7, 'p-chloe', 'ais-assistant', 'At least 98%', series(t, 180, 7, 0.986, 0.004)),
    m('met-assistant-handover', 'Assistant hand-over to a person', 'Share of conversations where a requested hand-over happened within 2 minutes', 'Contact-centre platform report, weekly', 7, 'p-chloe', 'ais-assistant', 'At least 99%', series(t, 180, 7, 0.995, 0.003)),
    m('met-fraud-referral', 'Fraud referral rate', 'Share of applications referred to the fraud team, overall and for shared devices', 'Weekly report by device type', 7, 'p-jonas', 'ais-fraud', 'Below 4% overall', series(t, 180, 7, 0.031, 0.004)),
    m('met-collections-vulnerable', 'Vulnerable customers contacted first', 'Share of vulnerability-flagged accounts contacted within two working days', 'Collections platform report, weekly', 7, 'p-owen', 'ais-collections', 'At least 99%', series(t, 180, 7, 0.995, 0.004)),
    m('met-extraction-corrections', 'Extraction corrections by underwriters', 'Share of extracted figures corrected by underwriters', 'Monthly count from the underwriting system', 30, 'p-emma', 'ais-document-extraction', 'Below 5%', series(t, 240, 30, 0.04, 0.006)),
    m('met-aims-actions', 'AIMS actions closed on time', 'Share of corrective and improvement actions closed by their due date', 'Register report for the monthly dashboard', 30, 'p-nadia', undefined, 'At least 90%', series(t, 240, 30, 0.93, 0.025)),
  ];
}

export function buildIncidents(t: DemoClock): Incident[] {
  return [{
    id: 'inc-001', title: 'Assistant quoted an outdated APR to customers', aiSystemId: 'ais-assistant', occurredOn: t.day(-152), detectedOn: t.day(-150), severity: 'medium',
    description: 'After a rate change the help-centre article was updated a day late; the assistant quoted the old representative APR to 37 customers.',
    euAiActSerious: false,
    communications: [{ party: 'AI Governance Committee', date: t.day(-149), channel: 'Incident channel' }, { party: 'Affected customers (37)', date: t.day(-140), channel: 'Email and letter' }],
    nonconformityId: 'nc-002', status: 'closed', closedOn: t.day(-120),
  }];
}

export function buildConcernReports(t: DemoClock): ConcernReport[] {
  return [{
    id: 'concern-001', receivedOn: t.day(-85), channel: 'AI concerns web form', aiSystemId: 'ais-assistant', anonymous: false, handlerId: 'p-hannah', status: 'closed',
    summary: 'A customer with a bereavement said the assistant kept answering instead of putting them through to a person.',
    outcome: 'Hand-over now triggers on bereavement and hardship keywords; customer contacted and supported. No pattern found in 500 reviewed conversations.', closedOn: t.day(-60),
  }];
}

/** Leaf clauses 4–10 and the applied controls are all planned for audit within the programme's period. */
export function buildAuditProgramme(t: DemoClock, appliedControls: readonly string[]): InternalAuditProgramme[] {
  return [{
    id: 'iap-01', title: 'AIMS internal audit programme, first cycle', periodStart: t.day(-200), periodEnd: t.day(165), ownerId: 'p-michael',
    criteria: 'ISO/IEC 42001 clauses 4–10, the applied Annex A controls and our own procedures; risk-based: high-impact systems audited first.',
    frequency: 'Every clause and applied control once a year; high-impact AI systems every six months.',
    plannedCoverage: [...leafClauses().map((c) => c.id), ...appliedControls], approvedById: 'p-helen', approvedOn: t.day(-200),
  }];
}

const under = (prefixes: string[]) => leafClauses().map((c) => c.id).filter((id) => prefixes.some((p) => id === p || id.startsWith(`${p}.`)));

export function buildInternalAudits(t: DemoClock, appliedControls: readonly string[]): InternalAudit[] {
  const controlsIn = (groups: string[]) => appliedControls.filter((id) => groups.some((g) => id === g || id.startsWith(`${g}.`)));
  const audit = (n: number, title: string, completedAgo: number, scopeRefs: string[], scopeAiSystemIds: string[], auditorIds: string[], auditeeIds: string[], findings: InternalAudit['findings']): InternalAudit => ({
    id: `audit-0${n}`, programmeId: 'iap-01', title, status: 'completed', plannedOn: t.day(-completedAgo - 10), completedOn: t.day(-completedAgo),
    scopeRefs, scopeAiSystemIds, auditorIds, auditeeIds, findings, reportDocumentId: `doc-audit-report-${n}`, reportIssuedOn: t.day(-completedAgo + 8),
  });
  return [
    audit(1, 'Context, leadership and planning', 120, [...under(['4', '5', '6']), ...controlsIn(['A.2', 'A.3', 'A.5'])], ['ais-credit-scoring', 'ais-assistant'], ['p-michael'], ['p-nadia', 'p-tom', 'p-marcus'], [
      { id: 'f-01-1', classification: 'minor', description: 'Two holders of the model validation and impact assessor roles had no competence evidence on file.', refs: ['7.2'], nonconformityId: 'nc-001' },
      { id: 'f-01-2', classification: 'opportunity-for-improvement', description: 'Risk descriptions could name the affected objective more often.', refs: ['6.1.2'] },
    ]),
    // Planted weakness (d): the data governance lead audits the A.7 data controls she owns and the role she holds.
    audit(2, 'AI system life cycle, data and resources', 96, [...under(['8.1']), ...controlsIn(['A.4', 'A.6', 'A.7'])], ['ais-credit-scoring', 'ais-affordability', 'ais-collections'], ['p-sofia', 'p-priya'], ['p-liam', 'p-ana', 'p-yusuf', 'p-grace'], [
      { id: 'f-02-1', classification: 'observation', description: 'Gate evidence for the collections model is filed in two places.', refs: ['8.1'] },
    ]),
    audit(3, 'Support, operation and third parties', 71, [...under(['7', '8.2', '8.3', '8.4']), ...controlsIn(['A.8', 'A.9', 'A.10']), 'ORG-1', 'ORG-2'], ['ais-assistant', 'ais-document-extraction', 'ais-fraud'], ['p-sofia'], ['p-george', 'p-dan', 'p-isabel', 'p-chloe'], [
      { id: 'f-03-1', classification: 'minor', description: 'AI supplier review dates were not tracked; one review was three weeks late.', refs: ['A.10.3'], nonconformityId: 'nc-003' },
    ]),
    audit(4, 'Performance evaluation and improvement', 51, under(['9', '10']), [], ['p-claire'], ['p-nadia', 'p-michael', 'p-yusuf'], [
      { id: 'f-04-1', classification: 'minor', description: 'A population-stability breach of the credit model was not escalated within the five days the monitoring plan requires.', refs: ['9.1', 'A.6.2.6'], nonconformityId: 'nc-004' },
    ]),
  ];
}

export function buildManagementReviews(t: DemoClock): ManagementReview[] {
  return [{
    id: 'mr-01', title: 'First AIMS management review', status: 'held', heldOn: t.day(-28), chairId: 'p-helen',
    attendeeIds: ['p-helen', 'p-marcus', 'p-sarah', 'p-david', 'p-nadia', 'p-isabel'],
    inputs: {
      previousActionsStatus: 'First AIMS review; the actions of the AIMS launch decision (budget, team, policy) are all complete.',
      contextChanges: 'EU AI Act high-risk obligations confirmed for the credit and affordability models; cost-of-living pressure rising.',
      interestedPartyChanges: 'Group asks for certification this year; consumer groups ask for published fairness results.',
      nonconformityTrends: 'Four nonconformities from internal audit and one incident; three closed; themes: records and escalation, not design.',
      monitoringResults: 'All model metrics within target except one population-stability breach (NC open); objectives on track.',
      auditResults: 'First internal audit cycle complete: three minor findings, one observation, one opportunity for improvement.',
      improvementOpportunities: 'Automate supplier review reminders; publish an annual AI transparency note.',
    },
    outputs: {
      improvementDecisions: ['Publish an annual AI transparency note with fairness results', 'Automate reminders for supplier reviews and metric escalations'],
      aimsChanges: ['Add the co-sourced auditor to the programme permanently', 'Re-confirm the A.10.4 exclusion if the broker decision service goes ahead'],
    },
    actions: [
      { description: 'Draft the annual AI transparency note', ownerId: 'p-dan', dueDate: t.day(60), status: 'open' },
      { description: 'Configure reminders for supplier reviews', ownerId: 'p-george', dueDate: t.day(-5), status: 'done' },
    ],
    minutesDocumentId: 'doc-mr-minutes',
  }];
}

export function buildNonconformities(t: DemoClock): Nonconformity[] {
  const nc = (id: string, rest: Omit<Nonconformity, 'id'>): Nonconformity => ({ id, ...rest });
  return [
    nc('nc-001', {
      title: 'Competence evidence missing for two role holders', source: 'internal-audit', sourceRecord: { register: 'internalAudits', id: 'audit-01' }, raisedOn: t.day(-118),
      classification: 'minor', refs: ['7.2'], ownerId: 'p-lucy', correction: 'Evidence collected for both role holders.',
      rootCause: 'Role assignments did not trigger a competence check; the framework relied on managers remembering.',
      similarNonconformities: 'All 40 role assignments checked; no other gaps.',
      correctiveActions: [{ id: 'ca-001-1', description: 'Competence check built into the role-assignment workflow', ownerId: 'p-lucy', dueDate: t.day(-70), completedOn: t.day(-75), status: 'done' }],
      effectivenessReview: { reviewedOn: t.day(-35), reviewerId: 'p-nadia', effective: true, notes: 'Six new assignments since; all had evidence before starting.' },
      status: 'closed', closedOn: t.day(-35),
    }),
    nc('nc-002', {
      title: 'Assistant knowledge not updated with a rate change', source: 'incident', sourceRecord: { register: 'incidents', id: 'inc-001' }, raisedOn: t.day(-148),
      classification: 'minor', refs: ['A.6.2.6', 'A.8.4'], ownerId: 'p-chloe', correction: 'Article corrected; affected customers contacted and remediated.',
      rootCause: 'Rate changes and help-centre updates were separate processes with no dependency.',
      similarNonconformities: 'Checked fees and charges articles: same gap, closed by the same action.',
      correctiveActions: [{ id: 'ca-002-1', description: 'Rate changes now block until the help-centre and assistant index are updated', ownerId: 'p-ravi', dueDate: t.day(-110), completedOn: t.day(-112), status: 'done' }],
      effectivenessReview: { reviewedOn: t.day(-40), reviewerId: 'p-nadia', effective: true, notes: 'Two rate changes since; assistant correct on the day of each.' },
      status: 'closed', closedOn: t.day(-40),
    }),
    // Planted weakness (c): closed once the action was done, without checking that it worked.
    nc('nc-003', {
      title: 'AI supplier reviews not tracked', source: 'internal-audit', sourceRecord: { register: 'internalAudits', id: 'audit-03' }, raisedOn: t.day(-69),
      classification: 'minor', refs: ['A.10.3'], ownerId: 'p-george', correction: 'Late review completed.',
      rootCause: 'Review dates lived in a personal calendar, not in the supplier register.',
      similarNonconformities: 'No other supplier review was late.',
      correctiveActions: [{ id: 'ca-003-1', description: 'Review dates moved into the supplier register with reminders', ownerId: 'p-george', dueDate: t.day(-40), completedOn: t.day(-45), status: 'done' }],
      status: 'closed', closedOn: t.day(-44),
    }),
    nc('nc-004', {
      title: 'Monitoring breach not escalated in time', source: 'internal-audit', sourceRecord: { register: 'internalAudits', id: 'audit-04' }, raisedOn: t.day(-49),
      classification: 'minor', refs: ['9.1', 'A.6.2.6'], ownerId: 'p-yusuf', correction: 'Breach escalated and investigated; no model change needed.',
      rootCause: 'The monitoring job reported breaches to a shared mailbox nobody owned.',
      similarNonconformities: 'All nine metrics checked; all used the same mailbox.',
      correctiveActions: [{ id: 'ca-004-1', description: 'Breaches raise a ticket to the metric owner with a five-day due date', ownerId: 'p-yusuf', dueDate: t.day(30), status: 'open' }],
      status: 'open',
    }),
  ];
}
