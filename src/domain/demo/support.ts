// The demo's competence evidence (7.2), awareness records (7.3) and communication plan and log (7.4, A.8).
import type { AwarenessRecord, CommunicationLogEntry, CommunicationPlanEntry, CompetenceEvidence, Person, Role } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';
import { competences } from './people.ts';

/** How each competence is evidenced: a qualification, training or documented experience, never a CV line. */
const howEvidenced: Record<string, { kind: CompetenceEvidence['kind']; description: string; evidenceId: string; validYears?: number }> = {
  [competences.aims]: { kind: 'qualification', description: 'ISO/IEC 42001 Lead Implementer certificate', evidenceId: 'ev-qualifications', validYears: 3 },
  [competences.risk]: { kind: 'training', description: 'AI risk management course (two days) with assessment', evidenceId: 'ev-training-records' },
  [competences.oversight]: { kind: 'training', description: 'Board briefing on AI governance and the EU AI Act', evidenceId: 'ev-training-records' },
  [competences.lifecycle]: { kind: 'training', description: 'AI system owner workshop on the life-cycle procedure', evidenceId: 'ev-training-records' },
  [competences.data]: { kind: 'qualification', description: 'Certified data management professional', evidenceId: 'ev-qualifications', validYears: 3 },
  [competences.validation]: { kind: 'experience', description: 'Six years validating credit models, attested by the CRO', evidenceId: 'ev-experience' },
  [competences.ml]: { kind: 'experience', description: 'Built and deployed production models, attested by the Head of Data Science', evidenceId: 'ev-experience' },
  [competences.responsible]: { kind: 'training', description: 'Responsible AI engineering course with fairness testing lab', evidenceId: 'ev-training-records' },
  [competences.impact]: { kind: 'training', description: 'AI impact assessment training using the organisation’s methodology', evidenceId: 'ev-training-records' },
  [competences.supplier]: { kind: 'training', description: 'AI supplier due-diligence training', evidenceId: 'ev-training-records' },
  [competences.audit]: { kind: 'qualification', description: 'ISO/IEC 42001 internal auditor course passed', evidenceId: 'ev-qualifications', validYears: 3 },
  [competences.privacy]: { kind: 'qualification', description: 'Certified information privacy professional (Europe)', evidenceId: 'ev-qualifications', validYears: 2 },
  [competences.security]: { kind: 'qualification', description: 'Certified information systems security professional', evidenceId: 'ev-qualifications', validYears: 3 },
  [competences.concerns]: { kind: 'training', description: 'Complaint investigation and speak-up handling training', evidenceId: 'ev-training-records' },
  [competences.comms]: { kind: 'training', description: 'Plain-language and AI transparency writing course', evidenceId: 'ev-training-records' },
  [competences.people]: { kind: 'experience', description: 'Ten years running regulated training programmes, attested by the COO', evidenceId: 'ev-experience' },
};

export function buildCompetenceEvidence(t: DemoClock, roles: readonly Role[]): CompetenceEvidence[] {
  const out: CompetenceEvidence[] = [];
  const seen = new Set<string>();
  let n = 0;
  for (const role of roles) {
    for (const personId of role.holderIds) {
      for (const competence of role.requiredCompetences) {
        const key = `${personId}|${competence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const how = howEvidenced[competence];
        if (!how) continue;
        n += 1;
        const obtainedOn = t.day(-(120 + ((n * 37) % 400)));
        out.push({
          id: `comp-${String(n).padStart(3, '0')}`, personId, competence, kind: how.kind, description: how.description, obtainedOn,
          ...(how.validYears ? { expiresOn: t.after(obtainedOn, how.validYears * 12) } : {}),
          verifiedById: personId === 'p-lucy' ? 'p-marcus' : 'p-lucy', evidenceIds: [how.evidenceId],
        });
      }
    }
  }
  return out;
}

export function buildAwarenessRecords(t: DemoClock, persons: readonly Person[]): AwarenessRecord[] {
  return persons.filter((p) => p.inAimsScope).map((p, i) => ({
    id: `aw-${p.id.slice(2)}`, personId: p.id, topics: ['ai-policy', 'contribution-to-aims', 'implications-of-nonconformity'],
    date: t.day(-(230 - (i % 20))), method: 'AIMS awareness e-learning with a ten-question check', evidenceIds: ['ev-awareness'],
  }));
}

const inScopeSystems = ['ais-credit-scoring', 'ais-affordability', 'ais-assistant', 'ais-fraud', 'ais-collections', 'ais-document-extraction'];

export function buildCommunicationPlan(): CommunicationPlanEntry[] {
  const e = (id: string, topic: CommunicationPlanEntry['topic'], direction: CommunicationPlanEntry['direction'], what: string, audience: string, when: string, channel: string, responsibleId: string, aiSystemIds?: string[]): CommunicationPlanEntry =>
    ({ id, topic, direction, what, audience, when, channel, responsibleId, ...(aiSystemIds ? { aiSystemIds } : {}) });
  return [
    e('cp-policy-staff', 'ai-policy', 'internal', 'The AI policy and what it asks of each of us', 'All staff and contractors', 'On approval of each version; at induction', 'Intranet, all-staff briefing, induction pack', 'p-dan'),
    e('cp-policy-public', 'ai-policy', 'external', 'Summary of the AI policy', 'Customers and the public', 'On approval of each version', 'Website AI page', 'p-dan'),
    e('cp-limitations', 'known-limitations', 'external', 'Where we use AI, what it does, its known limitations and how to ask for a human review', 'Applicants, customers and people affected by our decisions', 'Kept current; reviewed quarterly and on every significant change', 'Website AI transparency page; decision letters; assistant disclosure', 'p-dan', inScopeSystems),
    e('cp-incidents-external', 'incidents', 'external', 'AI incidents that affect customers, and serious incidents to authorities', 'Affected customers; FCA; Central Bank of Ireland; market surveillance authority', 'Customers within 10 working days; authorities within legal deadlines', 'Letter or email; regulatory portals', 'p-isabel'),
    e('cp-incidents-internal', 'incidents', 'internal', 'AI incidents and their containment', 'AI Governance Committee and system owners', 'Within 24 hours of detection', 'Incident channel and committee notification', 'p-isabel'),
    e('cp-concerns', 'concern-reporting', 'external', 'How to raise a concern about our AI systems, anonymously if wished', 'Staff, customers and the public', 'Always available; promoted twice a year', 'Speak-up line; AI concerns web form', 'p-hannah'),
    e('cp-performance', 'aims-performance', 'internal', 'AIMS performance: objectives, metrics, audits and nonconformities', 'Executive Committee and AI Governance Committee', 'Monthly dashboard; quarterly report', 'Committee papers', 'p-nadia'),
    e('cp-regulatory', 'regulatory', 'external', 'Regulatory notifications and registrations for high-risk AI systems', 'Regulators', 'As required by law', 'Regulatory portals', 'p-isabel', ['ais-credit-scoring', 'ais-affordability']),
  ];
}

export function buildCommunicationLog(t: DemoClock): CommunicationLogEntry[] {
  const l = (id: string, planEntryId: string, daysAgo: number, topic: CommunicationLogEntry['topic'], direction: CommunicationLogEntry['direction'], audience: string, subject: string, channel: string, evidenceIds: string[], aiSystemIds?: string[]): CommunicationLogEntry =>
    ({ id, planEntryId, date: t.day(-daysAgo), topic, direction, audience, subject, channel, ...(aiSystemIds ? { aiSystemIds } : {}), evidenceIds });
  return [
    l('cl-001', 'cp-policy-staff', 265, 'ai-policy', 'internal', 'All staff', 'AI policy v1.0 published and briefed', 'Intranet and all-staff call', ['ev-policy-staff-briefing']),
    l('cl-002', 'cp-policy-public', 255, 'ai-policy', 'external', 'Customers and the public', 'AI policy summary published', 'Website', ['ev-policy-web']),
    l('cl-003', 'cp-limitations', 230, 'known-limitations', 'external', 'Applicants and customers', 'AI transparency page launched with known limitations of each system', 'Website', ['ev-transparency-page'], inScopeSystems),
    l('cl-004', 'cp-concerns', 225, 'concern-reporting', 'external', 'Staff, customers and the public', 'AI concerns form and speak-up line promoted', 'Website and intranet', ['ev-concern-channel']),
    l('cl-005', 'cp-incidents-internal', 149, 'incidents', 'internal', 'AI Governance Committee', 'Assistant quoted an outdated APR: contained', 'Incident channel', ['ev-incident-apr'], ['ais-assistant']),
    l('cl-006', 'cp-incidents-external', 140, 'incidents', 'external', 'Affected customers', 'Correction of the APR quoted by the assistant and remediation', 'Email and letter', ['ev-remediation-letters'], ['ais-assistant']),
    l('cl-007', 'cp-performance', 35, 'aims-performance', 'internal', 'Executive Committee', 'Quarterly AIMS performance report', 'Committee papers', ['ev-monitoring-dashboard']),
    l('cl-008', 'cp-limitations', 45, 'known-limitations', 'external', 'Applicants and customers', 'Transparency page updated for fraud model v3.1 and the shared-device limitation', 'Website', ['ev-transparency-page'], ['ais-fraud']),
    l('cl-009', 'cp-policy-staff', 25, 'ai-policy', 'internal', 'All staff', 'AI policy v1.1 published after annual review', 'Intranet', ['ev-policy-approval']),
    l('cl-010', 'cp-regulatory', 60, 'regulatory', 'external', 'Central Bank of Ireland', 'Notification of EU AI Act readiness plan for creditworthiness models', 'Regulatory portal', ['ev-risk-treatment'], ['ais-credit-scoring', 'ais-affordability']),
  ];
}
