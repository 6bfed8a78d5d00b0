// The demo's certification preparation: accreditation and certification bodies, proposals, audits booked, readiness.
import type { AccreditationBody, CertificationBody, ExternalAudit, MockInterview, Proposal, ReadinessStep } from '../../domain/index.ts';
import { addDays } from '../dates.ts';
import { auditSlot, workingCalendar } from '../certification/working-days.ts';
import { STAGE_1_IN_DAYS, type DemoClock } from './clock.ts';

/** IAF MLA signatories the demo refers to, as listed in test/fixtures/iaf-mla-accreditation-bodies.tsv. */
export function buildAccreditationBodies(t: DemoClock): AccreditationBody[] {
  const ab = (id: string, acronym: string, name: string, country: string): AccreditationBody =>
    ({
      id, acronym, name, country, iafMlaSignatory: true, confirmed: true, source: `IAF MLA signatory list, checked ${t.day(-110)}`,
      // What the signature covers, as the IAF member list shows it: the main scope of management-system certification.
      iafMlaScope: { managementSystemCertification: true, checkedOn: t.day(-110), source: 'IAF member list (MLA scopes)' },
    });
  return [
    ab('ab-ukas', 'UKAS', 'United Kingdom Accreditation Service', 'United Kingdom'),
    ab('ab-anab', 'ANAB', 'ANSI National Accreditation Board', 'United States'),
    ab('ab-inab', 'INAB', 'Irish National Accreditation Board', 'Ireland'),
    ab('ab-dakks', 'DAkkS', 'Deutsche Akkreditierungsstelle (German Accreditation Body)', 'Germany'),
  ];
}

export function buildCertificationBodies(t: DemoClock): CertificationBody[] {
  return [
    {
      id: 'cb-northgate', name: 'Northgate Certification Ltd', country: 'United Kingdom', status: 'selected',
      accreditations: [
        { standard: 'ISO/IEC 42001', accreditationBodyId: 'ab-ukas', scope: 'AI management systems, all sectors', verifiedOn: t.day(-100), verifiedWhere: 'UKAS directory of accredited organisations' },
        { standard: 'ISO/IEC 27001', accreditationBodyId: 'ab-ukas', verifiedOn: t.day(-100), verifiedWhere: 'UKAS directory of accredited organisations' },
      ],
      sectorExperience: ['Consumer credit', 'Retail banking', 'Insurance'],
      notes: `Our ISO/IEC 27001 certification body since ${t.year(-5)}; a separate audit team is proposed for ISO/IEC 42001.`,
    },
    {
      id: 'cb-meridian', name: 'Meridian Assurance Services', country: 'Ireland', status: 'shortlisted',
      accreditations: [{ standard: 'ISO/IEC 42001', accreditationBodyId: 'ab-anab', scope: 'AI management systems', verifiedOn: t.day(-95), verifiedWhere: 'ANAB directory of accredited certification bodies' }],
      sectorExperience: ['Payments', 'Healthcare software'],
    },
    {
      id: 'cb-brightline', name: 'Brightline Audit & Advisory', country: 'United Kingdom', status: 'rejected',
      accreditations: [{ standard: 'ISO/IEC 27001', accreditationBodyId: 'ab-ukas', verifiedOn: t.day(-95), verifiedWhere: 'UKAS directory of accredited organisations' }],
      sectorExperience: ['Consumer credit'],
      consultancyToOrganisationLastOn: t.day(-420),
      notes: 'Rejected: no ISO/IEC 42001 accreditation yet, and it advised us on our ISMS within the last two years.',
    },
  ];
}

export function buildProposals(t: DemoClock): Proposal[] {
  return [
    {
      id: 'prop-northgate', certificationBodyId: 'cb-northgate', receivedOn: t.day(-80), currency: 'GBP',
      auditDays: { stage1: 4, stage2: 11, surveillance1: 5, surveillance2: 5, recertification: 10 },
      fees: { stage1: 5200, stage2: 14300, surveillance1: 6500, surveillance2: 6500, recertification: 13000 }, otherFees: 1800,
      leadAuditor: { name: 'Rachel Imrie', aiGovernanceExperience: 'Led eleven ISO/IEC 42001 audits, four at lenders; former model risk manager.', yearsInAiGovernance: 6 },
      technicalAssessor: { name: 'Dr Sam Okafor', expertise: 'Credit-risk machine learning and fairness testing' },
    },
    {
      id: 'prop-meridian', certificationBodyId: 'cb-meridian', receivedOn: t.day(-75), currency: 'EUR',
      auditDays: { stage1: 3, stage2: 10, surveillance1: 4, surveillance2: 4, recertification: 9 },
      fees: { stage1: 4500, stage2: 15000, surveillance1: 6000, surveillance2: 6000, recertification: 13500 }, otherFees: 3500,
      leadAuditor: { name: 'Ciarán Doyle', aiGovernanceExperience: 'Five ISO/IEC 42001 audits in payments and software.', yearsInAiGovernance: 3 },
    },
    {
      id: 'prop-brightline', certificationBodyId: 'cb-brightline', receivedOn: t.day(-78), currency: 'GBP',
      auditDays: { stage1: 2, stage2: 5, surveillance1: 2, surveillance2: 2, recertification: 4 },
      fees: { stage1: 1900, stage2: 4750, surveillance1: 1900, surveillance2: 1900, recertification: 3800 },
      leadAuditor: { name: 'Mark Leighton', aiGovernanceExperience: 'ISO/IEC 27001 lead auditor; no AI management system audits yet.' },
      notes: 'Far below the audit-day floor for our size.',
    },
  ];
}

export function buildExternalAudits(t: DemoClock): ExternalAudit[] {
  // Booked as a body books them: on working days of the sites' countries (the United Kingdom and Ireland), Stage 1's
  // 4 auditor-days with one auditor on 4 days, Stage 2's 11 with two auditors on 6, about 8 weeks after Stage 1.
  const calendar = workingCalendar(['United Kingdom', 'Ireland']);
  const stage1 = auditSlot(t.day(STAGE_1_IN_DAYS), 4, calendar);
  const stage2 = auditSlot(addDays(stage1.start, 56), 6, calendar);
  return [
    { id: 'xa-application', kind: 'application', certificationBodyId: 'cb-northgate', actualStart: t.day(-20), actualEnd: t.day(-20), sampledRefs: [], sampledAiSystemIds: [], status: 'done', outcome: 'Contract signed: 15 days for the initial audit, scope as in our scope statement.' },
    {
      id: 'xa-stage-1', kind: 'stage-1', certificationBodyId: 'cb-northgate', plannedStart: stage1.start, plannedEnd: stage1.end, days: 4, mode: 'remote',
      team: [{ name: 'Rachel Imrie', role: 'lead-auditor' }, { name: 'Dr Sam Okafor', role: 'technical-assessor' }], sampledRefs: [], sampledAiSystemIds: [], status: 'planned',
    },
    {
      id: 'xa-stage-2', kind: 'stage-2', certificationBodyId: 'cb-northgate', plannedStart: stage2.start, plannedEnd: stage2.end, days: 11, mode: 'on-site',
      team: [{ name: 'Rachel Imrie', role: 'lead-auditor' }, { name: 'Dr Sam Okafor', role: 'technical-assessor' }, { name: 'Priti Nair', role: 'auditor' }], sampledRefs: [], sampledAiSystemIds: [], status: 'planned',
    },
  ];
}

export function buildReadinessSteps(t: DemoClock): ReadinessStep[] {
  const s = (step: ReadinessStep['step'], ownerId: string, dueIn: number, status: ReadinessStep['status'], completedAgo?: number, notes?: string): ReadinessStep =>
    ({ id: `ready-${step}`, step, ownerId, dueDate: t.day(dueIn), status, ...(completedAgo !== undefined ? { completedOn: t.day(-completedAgo) } : {}), ...(notes ? { notes } : {}) });
  return [
    s('gap-review', 'p-nadia', -10, 'done', 15, 'Walkthrough of every clause and applied control; actions logged.'),
    s('soa-reconciliation', 'p-tom', 20, 'in-progress', undefined, 'Tracing each applied control to risks or obligations.'),
    s('internal-audit-cycle', 'p-michael', -45, 'done', 51),
    s('management-review', 'p-nadia', -25, 'done', 28),
    s('evidence-index', 'p-nadia', 40, 'in-progress'),
    s('mock-interviews', 'p-tom', 55, 'in-progress', undefined, 'Control owners of the most sampled controls first.'),
    s('document-freeze', 'p-nadia', STAGE_1_IN_DAYS - 10, 'not-started'),
  ];
}

export function buildMockInterviews(t: DemoClock): MockInterview[] {
  const mi = (id: string, intervieweeId: string, daysAgo: number, controlIds: string[], outcome: MockInterview['outcome'], notes: string, aiSystemIds?: string[]): MockInterview =>
    ({ id, intervieweeId, interviewerId: 'p-tom', heldOn: t.day(-daysAgo), controlIds, ...(aiSystemIds ? { aiSystemIds } : {}), outcome, notes });
  return [
    mi('mock-01', 'p-liam', 12, ['A.6.2.5', 'A.6.1.3'], 'ready', 'Walked the credit model from inception to monitoring with gate evidence.', ['ais-credit-scoring']),
    mi('mock-02', 'p-grace', 10, ['A.6.2.4'], 'ready', 'Explained validation acceptance criteria and the fraud v3.1 validation.', ['ais-fraud']),
    mi('mock-03', 'p-chloe', 8, ['A.8.2', 'ORG-2'], 'needs-practice', 'Knew the guardrails; could not find the transparency page evidence quickly.', ['ais-assistant']),
    mi('mock-04', 'p-george', 5, ['A.10.2', 'A.10.3'], 'needs-practice', 'Explained the supplier procedure; unsure which suppliers it covers.'),
  ];
}
