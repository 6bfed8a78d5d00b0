// The demo's legacy AI systems: models running since before the AIMS existed, adopted into it with a documented
// retrospective baseline instead of gate records no one made at the time. Real organisations certify with such
// systems; the demo shows how OpenAIMS judges them (lifecycle-without-stages accepts the baseline). Both are used by
// staff, so their known limitations are communicated internally (A.8.2).
import type {
  AimsSnapshot, AiSystem, Dataset, Document, EvidenceItem, ImpactAssessment, MonitoringMetric, Nonconformity, Risk,
} from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';

type Impact = ImpactAssessment['impacts'][number];

interface LegacySpec {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  /** When the AIMS adopted it, at operation and monitoring. */
  readonly adoptedDaysAgo: number;
  readonly builtIn: string;
  readonly system: Pick<AiSystem, 'purpose' | 'intendedUse' | 'knownLimitations' | 'humanOversight' | 'tooling'>;
  readonly baselineNotes: string;
  readonly affectedParties: string[];
  /** The first impact is significant and carried by the risk; the others are not significant. */
  readonly impacts: [Omit<Impact, 'riskIds'>, ...Impact[]];
  readonly risk: Pick<Risk, 'id' | 'title' | 'description' | 'likelihood' | 'consequence'> & { controls: string[]; action: string };
  readonly dataset: Omit<Dataset, 'aiSystemIds' | 'uses'>;
  readonly metric: Pick<MonitoringMetric, 'id' | 'name' | 'what' | 'method' | 'target'> & { values: [number, number] };
  readonly users: string;
}

const specs: readonly LegacySpec[] = [
  {
    id: 'ais-arrears-warning', name: 'Arrears early-warning scorecard', ownerId: 'p-owen', adoptedDaysAgo: 290, builtIn: '2019',
    system: {
      purpose: 'Flags customers whose payment pattern suggests they may fall into arrears in the next three months.',
      intendedUse: 'Tells the collections and customer-support teams whom to offer help early; never restricts credit or starts collections.',
      knownLimitations: ['Trained on 2016–2018 data: weaker for customers who joined after 2021 or pay by open-banking instalments.'],
      humanOversight: 'A support agent decides whether and how to contact each flagged customer; team leaders review the flag list weekly.',
      tooling: ['SAS scorecard (2019)', 'Python 3.11 re-validation notebook'],
    },
    baselineNotes: 'In use since 2019. Design, training data and the 2019 validation report reconstructed from the model archive; re-validated on current data before adoption.',
    affectedParties: ['Customers with loans', 'Customers in financial difficulty', 'Customers who joined after 2021'],
    impacts: [
      { description: 'A customer heading into difficulty is not flagged and is offered help only after missing payments.', dimension: 'individual', type: 'access to support', severity: 4, likelihood: 2,
        mitigation: 'Flags are one input; agents also act on disclosed difficulty. Quarterly re-validation by joining year.' },
      { description: 'Customers who joined after 2021 are flagged less accurately than longer-standing customers.', dimension: 'group', type: 'fairness', severity: 3, likelihood: 3,
        mitigation: 'Re-validation reports accuracy by joining year; retraining planned in the v2 scorecard.' },
    ],
    risk: { id: 'risk-legacy-arrears', title: 'Legacy arrears scorecard misses customers heading into difficulty', likelihood: 3, consequence: 4,
      description: 'Carried from the impact assessment: trained on 2016–2018 data, the scorecard under-flags newer customers.',
      controls: ['A.6.2.6', 'A.9.2', 'A.5.4'], action: 'Quarterly re-validation by joining year with a retraining trigger' },
    dataset: { id: 'ds-arrears-2016-2018', name: 'Payment histories 2016–2018 (2019 scorecard development sample)',
      source: 'Loan servicing system (archived extract)', acquisition: 'Extracted from our own servicing records in 2019 under the account-management purpose.',
      provenance: 'The 2019 extract survives in the model archive with its extraction script; lineage before the extract cannot be reconstructed, as the baseline records.',
      qualityRequirements: 'Outcome label (90 days in arrears within three months) complete for every account in the sample.',
      preparation: 'Accounts closed within the observation window removed; coarse classing of payment-pattern attributes as documented in 2019.', containsPersonalData: true },
    metric: { id: 'met-arrears-warning-recall', name: 'Arrears scorecard recall (quarterly re-validation)', what: 'Share of customers who fell into arrears that the scorecard flagged in advance',
      method: 'Quarterly back-test on the last quarter’s outcomes, reported by joining year', target: 'at least 0.60', values: [0.63, 0.005] },
    users: 'Collections and customer-support teams',
  },
  {
    id: 'ais-complaints-triage', name: 'Complaints triage classifier', ownerId: 'p-chloe', adoptedDaysAgo: 270, builtIn: '2020',
    system: {
      purpose: 'Sorts incoming written complaints into topic and urgency queues.',
      intendedUse: 'Routes complaints to the right team; a complaints handler reads every complaint and can re-route it; never answers or closes a complaint.',
      knownLimitations: ['Complaints written in Irish or Welsh, or mixing several topics, are often put in the general queue.'],
      humanOversight: 'Handlers re-route misfiled complaints; the complaints manager samples the urgent and general queues daily.',
      tooling: ['Python 3.8 text classifier (2020)', 'Retraining pipeline added on adoption'],
    },
    baselineNotes: 'In use since 2020. Purpose, labelled training sample and a re-test on the last six months of complaints documented on adoption; no earlier approvals survive.',
    affectedParties: ['Customers who complain', 'Customers in vulnerable circumstances', 'Irish- and Welsh-speaking customers'],
    impacts: [
      { description: 'A complaint that shows vulnerability or urgent hardship lands in the general queue and is answered late.', dimension: 'individual', type: 'access to support', severity: 4, likelihood: 2,
        mitigation: 'Vulnerability keywords force the urgent queue; daily sample of the general queue.' },
      { description: 'Complaints in Irish or Welsh wait longer for the right team.', dimension: 'group', type: 'fairness', severity: 2, likelihood: 3,
        mitigation: 'Language detection routes them to a named handler.' },
    ],
    risk: { id: 'risk-legacy-complaints', title: 'Urgent complaints misrouted by the legacy triage classifier', likelihood: 3, consequence: 4,
      description: 'Carried from the impact assessment: urgent or vulnerable complainants can wait in the general queue.',
      controls: ['A.6.2.6', 'A.9.2', 'A.5.4'], action: 'Vulnerability keywords force the urgent queue; daily sample of the general queue' },
    dataset: { id: 'ds-complaints-2019', name: 'Labelled complaints 2018–2019 (2020 classifier training sample)',
      source: 'Complaints case system (archived extract)', acquisition: 'Exported from our complaints system in 2020 and labelled by the complaints team.',
      provenance: 'The 2020 labelled export is kept with the labelling guide; the re-test sample of the last six months is drawn by the same query, as the baseline records.',
      qualityRequirements: 'Every training complaint labelled by topic and urgency; labels double-checked on a 10% sample.',
      preparation: 'Personal details masked before labelling; duplicates removed.', containsPersonalData: true },
    metric: { id: 'met-complaints-triage-urgent', name: 'Urgent complaints routed correctly', what: 'Share of complaints later marked urgent that the classifier routed to the urgent queue',
      method: 'Quarterly re-test on handler re-routing records', target: 'at least 0.95', values: [0.95, 0.004] },
    users: 'Complaints handlers',
  },
];

const stages: AiSystem['lifecycle']['stages'] = ['inception', 'impact-assessment', 'requirements-and-design', 'verification-and-validation', 'deployment', 'operation-and-monitoring', 'retirement'];
const docId = (s: LegacySpec) => `doc-td-${s.id.slice(4)}`;
const evidenceId = (s: LegacySpec) => `ev-baseline-${s.id.slice(4)}`;

function records(t: DemoClock, s: LegacySpec) {
  const adopted = t.day(-s.adoptedDaysAgo);
  const since = (days: number) => t.day(-s.adoptedDaysAgo + days);
  const system: AiSystem = {
    id: s.id, name: s.name, ownerId: s.ownerId, complexity: 'low', inScope: true, status: 'in-operation', ...s.system,
    euAiActRole: 'provider', euAiActRiskClass: 'minimal-risk', users: 'internal',
    lifecycle: {
      modelDocumentId: 'doc-lifecycle', stages, currentStage: 'operation-and-monitoring',
      // No gates: the stages before operation were passed before the AIMS; the baseline stands in for them.
      gates: [],
      retrospectiveBaseline: { documentedOn: adopted, atStage: 'operation-and-monitoring', approverId: 'p-marcus', evidenceIds: [evidenceId(s)], documentId: docId(s), notes: s.baselineNotes },
    },
    computeResources: ['Stratus Cloud batch cluster'], supplierIds: ['sup-stratus'], technicalDocumentationIds: [docId(s)],
    eventLogging: { decision: 'enabled', stages: ['operation-and-monitoring'], retentionDays: 730, justification: 'Two years of decisions, enough to re-run the quarterly re-test and answer complaints.', decidedOn: adopted },
  };
  const document: Document = {
    id: docId(s), title: `Technical documentation and retrospective baseline: ${s.name.toLowerCase()}`, kind: 'technical-documentation',
    ownerId: 'p-ana', classification: 'confidential', retention: '10 years after the system is retired', reviewIntervalMonths: 12, reviewDue: t.after(adopted, 12), requiredBy: ['A.6.2.7'],
    versions: [{ version: '1.0', status: 'approved', createdOn: since(-20), approvedById: 'p-liam', approvedOn: adopted, effectiveOn: adopted, changeSummary: 'Baseline on adoption into the AIMS.' }],
  };
  const evidence: EvidenceItem = {
    id: evidenceId(s), title: `Re-test of the ${s.name.toLowerCase()} on current data, and what survives of its ${s.builtIn} development`, kind: 'file',
    fileName: `${s.id.slice(4)}-baseline.pdf`, mediaType: 'application/pdf', evidenceDate: since(-5), ownerId: 'p-ana',
    refs: ['8.1', 'A.6.2.4', 'A.6.2.7'], records: [{ register: 'aiSystems', id: s.id }],
  };
  const [significant, ...others] = s.impacts;
  const impactAssessment: ImpactAssessment = {
    id: `ia-${s.id.slice(4)}`, aiSystemId: s.id, methodologyId: 'im-01', assessorId: 'p-tom', assessedOn: since(10), trigger: 'initial',
    affectedParties: s.affectedParties, impacts: [{ ...significant, riskIds: [s.risk.id] }, ...others],
    conclusion: 'Retrospective assessment on adoption: acceptable with the mitigations listed.',
    nextReviewDue: t.after(since(10), 12), approvedById: 'p-marcus', approvedOn: since(20),
  };
  const { controls, action, ...riskFields } = s.risk;
  const risk: Risk = {
    ...riskFields, aiSystemIds: [s.id], ownerId: s.ownerId, sourceIds: ['machine-learning', 'life-cycle-issues'],
    assessedOn: since(12), nextReviewDue: t.after(since(12), 12), status: 'treated',
    treatment: {
      option: 'modify', controlIds: controls, actions: [{ description: action, ownerId: 'p-ana', dueDate: since(90), status: 'done' }],
      residualLikelihood: 2, residualConsequence: 3, residualAcceptedById: s.ownerId, residualAcceptedOn: since(26),
    },
  };
  const dataset: Dataset = { ...s.dataset, aiSystemIds: [s.id], uses: ['training', 'validation'] };
  const [first, step] = s.metric.values;
  const { values: _values, ...metricFields } = s.metric;
  const metric: MonitoringMetric = {
    ...metricFields, intervalDays: 91, ownerId: 'p-ana', aiSystemId: s.id,
    // Quarterly since adoption, the first a month after it.
    measurements: [0, 1, 2, 3].filter((q) => 30 + q * 91 < s.adoptedDaysAgo)
      .map((q) => ({ date: since(30 + q * 91), value: Math.round((first + q * step) * 1000) / 1000 })),
  };
  return { system, document, evidence, impactAssessment, risk, dataset, metric };
}

/**
 * A nonconformity whose evaluation found no action needed (10.2 b): raised when the scorecard was adopted without its
 * 2019 gate approvals, corrected by the baseline; the cause (no AIMS in 2019) cannot recur, since every change since
 * goes through the gates. OpenAIMS accepts the reasoned decision instead of demanding a corrective action.
 */
function nonconformity(t: DemoClock): Nonconformity {
  const adopted = specs[0]!.adoptedDaysAgo;
  return {
    id: 'nc-legacy-gates', title: 'Arrears scorecard adopted without records of its 2019 approvals', source: 'other', raisedOn: t.day(-adopted - 10),
    classification: 'minor', refs: ['8.1', 'A.6.2.5'], ownerId: 'p-owen',
    correction: 'Documented the scorecard as it stood and approved that retrospective baseline before adopting it into the AIMS.',
    rootCause: 'The scorecard was built and deployed in 2019, before the AIMS and its life-cycle gates existed.',
    similarNonconformities: 'The AI inventory review found one other system built before the AIMS, the complaints triage classifier, baselined the same way.',
    noActionReason: 'The cause cannot recur: every change to any AI system since the AIMS began, including this scorecard, passes the life-cycle gates; the baseline now stands in for the 2019 approvals. Decided by the COO on adoption.',
    correctiveActions: [], status: 'closed', closedOn: t.day(-adopted + 5),
  };
}

/** The demo with its legacy AI systems and the records that go with them added to their registers. */
export function withLegacySystems(t: DemoClock, aims: AimsSnapshot): AimsSnapshot {
  const built = specs.map((s) => records(t, s));
  const ids = specs.map((s) => s.id);
  return {
    ...aims,
    aiSystems: [...aims.aiSystems, ...built.map((b) => b.system)],
    documents: [...aims.documents, ...built.map((b) => b.document)],
    evidenceItems: [...aims.evidenceItems, ...built.map((b) => b.evidence)],
    impactAssessments: [...aims.impactAssessments, ...built.map((b) => b.impactAssessment)],
    risks: [...aims.risks, ...built.map((b) => b.risk)],
    datasets: [...aims.datasets, ...built.map((b) => b.dataset)],
    monitoringMetrics: [...aims.monitoringMetrics, ...built.map((b) => b.metric)],
    nonconformities: [...aims.nonconformities, nonconformity(t)],
    scopeStatements: aims.scopeStatements.map((s) => ({ ...s, includedAiSystemIds: [...(s.includedAiSystemIds ?? []), ...ids] })),
    // Their users are staff, so their limitations are explained to them internally (A.8.2), not on the website.
    communicationPlan: [...aims.communicationPlan, {
      id: 'cp-limitations-staff', topic: 'known-limitations', direction: 'internal', what: 'What the legacy models can and cannot tell you, and when to override them',
      audience: specs.map((s) => s.users).join('; '), when: 'At induction and after each quarterly re-test', channel: 'Team briefing and the agent knowledge base',
      responsibleId: 'p-nadia', aiSystemIds: ids,
    }],
    communicationLog: [...aims.communicationLog, ...specs.map((s) => ({
      id: `cl-limitations-${s.id.slice(4)}`, planEntryId: 'cp-limitations-staff', date: t.day(-s.adoptedDaysAgo + 30), topic: 'known-limitations' as const, direction: 'internal' as const,
      audience: s.users, subject: `Briefing on the ${s.name.toLowerCase()} and its known limitations`, channel: 'Team briefing', aiSystemIds: [s.id],
    }))],
  };
}
