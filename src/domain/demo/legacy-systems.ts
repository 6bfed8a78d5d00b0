// The demo's legacy AI system: a scorecard running since before the AIMS existed, adopted into it with a documented
// retrospective baseline instead of gate records no one made at the time. Real organisations certify with such
// systems; the demo shows how OpenAIMS judges them (lifecycle-without-stages accepts the baseline).
import type { AimsSnapshot, AiSystem, Dataset, Document, EvidenceItem, ImpactAssessment, MonitoringMetric, Nonconformity, Risk } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';

const SYSTEM = 'ais-arrears-warning';
const TECH_DOC = 'doc-td-arrears-warning';
const BASELINE_EVIDENCE = 'ev-baseline-arrears-warning';
const RISK = 'risk-legacy-arrears';

/** Built in 2019 by the credit risk team; the AIMS adopted it about ten months ago, at operation and monitoring. */
const ADOPTED_DAYS_AGO = 290;

function system(t: DemoClock): AiSystem {
  return {
    id: SYSTEM, name: 'Arrears early-warning scorecard', ownerId: 'p-owen', complexity: 'low', inScope: true, status: 'in-operation',
    purpose: 'Flags customers whose payment pattern suggests they may fall into arrears in the next three months.',
    intendedUse: 'Tells the collections and customer-support teams whom to offer help early; never restricts credit or starts collections.',
    euAiActRole: 'provider', euAiActRiskClass: 'minimal-risk',
    users: 'internal',
    knownLimitations: ['Trained on 2016–2018 data: weaker for customers who joined after 2021 or pay by open-banking instalments.'],
    humanOversight: 'A support agent decides whether and how to contact each flagged customer; team leaders review the flag list weekly.',
    lifecycle: {
      modelDocumentId: 'doc-lifecycle',
      stages: ['inception', 'impact-assessment', 'requirements-and-design', 'verification-and-validation', 'deployment', 'operation-and-monitoring', 'retirement'],
      currentStage: 'operation-and-monitoring',
      // No gates: the stages before operation were passed in 2019, before the AIMS; the baseline stands in for them.
      gates: [],
      retrospectiveBaseline: {
        documentedOn: t.day(-ADOPTED_DAYS_AGO), atStage: 'operation-and-monitoring', approverId: 'p-marcus',
        evidenceIds: [BASELINE_EVIDENCE], documentId: TECH_DOC,
        notes: 'In use since 2019. Design, training data and the 2019 validation report reconstructed from the model archive; re-validated on current data before adoption.',
      },
    },
    tooling: ['SAS scorecard (2019)', 'Python 3.11 re-validation notebook'], computeResources: ['Stratus Cloud batch cluster'],
    supplierIds: ['sup-stratus'],
    technicalDocumentationIds: [TECH_DOC],
    eventLogging: {
      decision: 'enabled', stages: ['operation-and-monitoring'], retentionDays: 730,
      justification: 'Two years of weekly flag lists, enough to re-run the quarterly re-validation and answer complaints.',
      decidedOn: t.day(-ADOPTED_DAYS_AGO),
    },
  };
}

function technicalDocumentation(t: DemoClock): Document {
  const on = t.day(-ADOPTED_DAYS_AGO);
  return {
    id: TECH_DOC, title: 'Technical documentation and retrospective baseline: arrears early-warning scorecard', kind: 'technical-documentation',
    ownerId: 'p-ana', classification: 'confidential', retention: '10 years after the system is retired', reviewIntervalMonths: 12,
    reviewDue: t.after(on, 12), requiredBy: ['A.6.2.7'],
    versions: [{ version: '1.0', status: 'approved', createdOn: t.day(-ADOPTED_DAYS_AGO - 20), approvedById: 'p-liam', approvedOn: on, effectiveOn: on, changeSummary: 'Baseline on adoption into the AIMS.' }],
  };
}

function baselineEvidence(t: DemoClock): EvidenceItem {
  return {
    id: BASELINE_EVIDENCE, title: 'Re-validation of the arrears scorecard on current data, and the archived 2019 validation report', kind: 'file',
    fileName: 'arrears-scorecard-revalidation.pdf', mediaType: 'application/pdf', evidenceDate: t.day(-ADOPTED_DAYS_AGO - 5), ownerId: 'p-ana',
    refs: ['8.1', 'A.6.2.4', 'A.6.2.7'], records: [{ register: 'aiSystems', id: SYSTEM }],
  };
}

function impactAssessment(t: DemoClock): ImpactAssessment {
  const assessedOn = t.day(-ADOPTED_DAYS_AGO + 10);
  return {
    id: 'ia-arrears-warning', aiSystemId: SYSTEM, methodologyId: 'im-01', assessorId: 'p-tom', assessedOn, trigger: 'initial',
    affectedParties: ['Customers with loans', 'Customers in financial difficulty', 'Customers who joined after 2021'],
    impacts: [
      { description: 'A customer heading into difficulty is not flagged and is offered help only after missing payments.', dimension: 'individual', type: 'access to support', severity: 4, likelihood: 2,
        mitigation: 'Flags are one input; agents also act on disclosed difficulty. Quarterly re-validation by joining year.', riskIds: [RISK] },
      { description: 'Customers who joined after 2021 are flagged less accurately than longer-standing customers.', dimension: 'group', type: 'fairness', severity: 3, likelihood: 3,
        mitigation: 'Re-validation reports accuracy by joining year; retraining planned in the v2 scorecard.' },
    ],
    conclusion: 'Retrospective assessment on adoption: acceptable with the mitigations; the scorecard only triggers offers of help.',
    nextReviewDue: t.after(assessedOn, 12), approvedById: 'p-marcus', approvedOn: t.day(-ADOPTED_DAYS_AGO + 20),
  };
}

function risk(t: DemoClock): Risk {
  const assessedOn = t.day(-ADOPTED_DAYS_AGO + 12);
  return {
    id: RISK, title: 'Legacy arrears scorecard misses customers heading into difficulty', aiSystemIds: [SYSTEM], ownerId: 'p-owen',
    description: 'Carried from the impact assessment ia-arrears-warning: trained on 2016–2018 data, the scorecard under-flags newer customers.',
    sourceIds: ['machine-learning', 'life-cycle-issues'], likelihood: 3, consequence: 4, assessedOn, nextReviewDue: t.after(assessedOn, 12), status: 'treated',
    treatment: {
      option: 'modify', controlIds: ['A.6.2.6', 'A.9.2', 'A.5.4'],
      actions: [{ description: 'Quarterly re-validation by joining year with a retraining trigger', ownerId: 'p-ana', dueDate: t.day(-ADOPTED_DAYS_AGO + 90), status: 'done' }],
      residualLikelihood: 2, residualConsequence: 3, residualAcceptedById: 'p-owen', residualAcceptedOn: t.day(-ADOPTED_DAYS_AGO + 26),
    },
  };
}

function dataset(): Dataset {
  return {
    id: 'ds-arrears-2016-2018', name: 'Payment histories 2016–2018 (2019 scorecard development sample)', aiSystemIds: [SYSTEM], uses: ['training', 'validation'],
    source: 'Loan servicing system (archived extract)', acquisition: 'Extracted from our own servicing records in 2019 under the account-management purpose.',
    provenance: 'The 2019 extract survives in the model archive with its extraction script; lineage before the extract cannot be reconstructed, as the baseline records.',
    qualityRequirements: 'Outcome label (90 days in arrears within three months) complete for every account in the sample.',
    preparation: 'Accounts closed within the observation window removed; coarse classing of payment-pattern attributes as documented in 2019.',
    containsPersonalData: true,
  };
}

function metric(t: DemoClock): MonitoringMetric {
  const dates = [4, 3, 2, 1].map((q) => t.day(-q * 91 + 30)).filter((d) => d <= t.day(0));
  return {
    id: 'met-arrears-warning-recall', name: 'Arrears scorecard recall (quarterly re-validation)', what: 'Share of customers who fell into arrears that the scorecard flagged in advance',
    method: 'Quarterly back-test on the last quarter’s outcomes, reported by joining year', intervalDays: 91, ownerId: 'p-ana', aiSystemId: SYSTEM, target: 'at least 0.60',
    measurements: dates.map((date, i) => ({ date, value: 0.63 + i * 0.005 })),
  };
}

/**
 * A nonconformity whose evaluation found no action needed (10.2 b): raised when the scorecard was adopted without its
 * 2019 gate approvals, corrected by the baseline; the cause (no AIMS in 2019) cannot recur, since every change since
 * goes through the gates. OpenAIMS accepts the reasoned decision instead of demanding a corrective action.
 */
function nonconformity(t: DemoClock): Nonconformity {
  return {
    id: 'nc-legacy-gates', title: 'Arrears scorecard adopted without records of its 2019 approvals', source: 'other', raisedOn: t.day(-ADOPTED_DAYS_AGO - 10),
    classification: 'minor', refs: ['8.1', 'A.6.2.5'], ownerId: 'p-owen',
    correction: 'Documented the scorecard as it stood and approved that retrospective baseline before adopting it into the AIMS.',
    rootCause: 'The scorecard was built and deployed in 2019, before the AIMS and its life-cycle gates existed.',
    similarNonconformities: 'The AI inventory review found no other system in scope deployed before the AIMS.',
    needForAction: {
      actionNeeded: false, decidedById: 'p-marcus', decidedOn: t.day(-ADOPTED_DAYS_AGO + 5),
      reasoning: 'The cause cannot recur: every change to any AI system since the AIMS began, including this scorecard, passes the life-cycle gates; the baseline now stands in for the 2019 approvals.',
    },
    correctiveActions: [], status: 'closed', closedOn: t.day(-ADOPTED_DAYS_AGO + 5),
  };
}

/** The demo with its legacy AI system and the records that go with it added to their registers. */
export function withLegacySystems(t: DemoClock, aims: AimsSnapshot): AimsSnapshot {
  return {
    ...aims,
    aiSystems: [...aims.aiSystems, system(t)],
    documents: [...aims.documents, technicalDocumentation(t)],
    evidenceItems: [...aims.evidenceItems, baselineEvidence(t)],
    impactAssessments: [...aims.impactAssessments, impactAssessment(t)],
    risks: [...aims.risks, risk(t)],
    datasets: [...aims.datasets, dataset()],
    monitoringMetrics: [...aims.monitoringMetrics, metric(t)],
    nonconformities: [...aims.nonconformities, nonconformity(t)],
    scopeStatements: aims.scopeStatements.map((s) => ({ ...s, includedAiSystemIds: [...(s.includedAiSystemIds ?? []), SYSTEM] })),
    // Its users are staff, so its limitations are explained to them internally (A.8.2), not on the website.
    communicationPlan: [...aims.communicationPlan, {
      id: 'cp-limitations-staff', topic: 'known-limitations', direction: 'internal', what: 'What the arrears early-warning flag can and cannot tell you',
      audience: 'Collections and customer-support teams', when: 'At induction and after each quarterly re-validation', channel: 'Team briefing and the agent knowledge base',
      responsibleId: 'p-owen', aiSystemIds: [SYSTEM],
    }],
    communicationLog: [...aims.communicationLog, {
      id: 'cl-limitations-staff', planEntryId: 'cp-limitations-staff', date: t.day(-ADOPTED_DAYS_AGO + 30), topic: 'known-limitations', direction: 'internal',
      audience: 'Collections and customer-support teams', subject: 'Briefing on the arrears flag and its weakness for newer customers', channel: 'Team briefing', aiSystemIds: [SYSTEM],
    }],
  };
}
