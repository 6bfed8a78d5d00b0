// The demo's planning records (6.1–6.3): methodologies, objectives, own controls and planned changes.
import type { AiObjective, CustomControl, ImpactMethodology, PlannedChange, RiskMethodology } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';

const five = (labels: string[]) => labels.map((label, i) => ({ value: i + 1, label }));

export function buildRiskMethodologies(t: DemoClock): RiskMethodology[] {
  return [{
    id: 'rm-01',
    documentId: 'doc-risk-methodology',
    likelihoodScale: five(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']),
    consequenceScale: five(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']),
    acceptanceThreshold: 8,
    consequenceDimensions: ['organisation', 'individuals', 'groups', 'societies'],
    criteria: 'Level = likelihood × consequence. Up to 8 may be accepted by the risk owner; above 8 needs treatment until the residual level is 8 or less, accepted by the risk owner.',
    reassessmentIntervalMonths: 12,
    triggers: ['Significant change to an AI system, its data or its supplier', 'Incident or upheld complaint involving an AI system', 'Change in law or regulatory guidance'],
    approvedById: 'p-sarah',
    approvedOn: t.day(-255),
  }];
}

export function buildImpactMethodologies(t: DemoClock): ImpactMethodology[] {
  return [{
    id: 'im-01',
    documentId: 'doc-impact-methodology',
    dimensions: ['individual', 'group', 'society'],
    severityScale: five(['Minimal', 'Limited', 'Significant', 'Serious', 'Irreversible']),
    likelihoodScale: five(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']),
    criteria: 'Any impact of severity 4 or more, or any impact on a protected group, needs a mitigation and approval by the AI Governance Committee. Business risks belong in the risk register, not here.',
    reassessmentIntervalMonths: 12,
    triggers: ['Significant change to the model, its features or its data sources', 'New intended use or user group', 'Pattern of complaints or concerns about outcomes', 'Change in law'],
    approvedById: 'p-sarah',
    approvedOn: t.day(-255),
  }];
}

export function buildObjectives(t: DemoClock): AiObjective[] {
  const quarterly = (values: number[], daysAgo: number[]) => values.map((value, i) => ({ date: t.day(-(daysAgo[i] ?? 0)), value }));
  return [
    {
      id: 'obj-fair-lending', title: 'Fair lending outcomes across age groups', annexCObjective: 'fairness',
      description: 'Approval rates of comparable applicants do not differ unfairly between age groups.',
      measure: 'Lowest adverse-impact ratio of approval rates between age bands, per quarter', target: 'At least 0.85 in every quarter',
      dueDate: t.day(150), ownerId: 'p-liam', plan: 'Quarterly fairness testing (ORG-1); re-weighting in the v5 model; Credit Risk analyst time funded in this year’s budget.',
      measurements: quarterly([0.81, 0.86, 0.88], [200, 110, 20]),
    },
    {
      id: 'obj-decline-reasons', title: 'Specific reasons for every decline', annexCObjective: 'transparency-and-explainability',
      measure: 'Share of declines sent with specific, model-derived reason codes', target: '100% each month',
      dueDate: t.day(60), ownerId: 'p-emma', plan: 'Reason-code service for the credit model; letter templates approved by Compliance.',
      measurements: quarterly([0.93, 0.99, 1], [180, 90, 15]),
    },
    {
      id: 'obj-assistant-accuracy', title: 'Correct answers on regulated product facts', annexCObjective: 'robustness',
      measure: 'Share of sampled assistant answers on rates, fees and charges that are correct', target: 'At least 98% each month',
      dueDate: t.day(90), ownerId: 'p-chloe', plan: 'Daily sampling by agents; blocked-topic guardrails (ORG-2); weekly knowledge-base checks.',
      measurements: quarterly([0.955, 0.978, 0.986], [150, 75, 10]),
    },
    {
      id: 'obj-competence', title: 'Every AI role holder with current competence evidence', annexCObjective: 'ai-expertise',
      measure: 'Share of role holders with evidence for every required competence', target: '100% before Stage 1',
      dueDate: t.day(60), ownerId: 'p-lucy', plan: 'Competence framework, training budget for validation and audit skills.',
      measurements: quarterly([0.72, 0.93, 1], [160, 70, 12]),
    },
  ];
}

export function buildCustomControls(): CustomControl[] {
  return [
    { id: 'ORG-1', title: 'Quarterly fairness testing of credit decisions', group: 'Organisation controls', description: 'Adverse-impact ratios by age band and postcode deprivation decile, reviewed by the AI Governance Committee.' },
    { id: 'ORG-2', title: 'Grounded answers and blocked topics for the customer assistant', group: 'Organisation controls', description: 'The assistant answers only from approved articles and refuses credit decisions, advice and account changes.' },
  ];
}

export function buildPlannedChanges(t: DemoClock): PlannedChange[] {
  return [
    {
      id: 'chg-fraud-v3-1', title: 'Device-fingerprint features in the fraud model (v3.1)', purpose: 'Reduce identity fraud losses by adding Sentinel device signals.',
      consequences: 'New supplier data; possible bias against applicants on shared devices.', resources: 'Two data scientists for six weeks; Sentinel contract.',
      responsibleId: 'p-jonas', plannedFor: t.day(-60), significant: true, aiSystemIds: ['ais-fraud'], status: 'done', completedOn: t.day(-60),
    },
    {
      id: 'chg-assistant-model', title: 'Move the assistant to the supplier’s next model generation', purpose: 'Better answers and lower cost per conversation.',
      consequences: 'Different behaviour on edge cases; full regression on the evaluation set needed.', resources: 'ML engineer for four weeks.',
      responsibleId: 'p-ravi', plannedFor: t.day(120), significant: true, aiSystemIds: ['ais-assistant'], status: 'approved',
    },
    {
      id: 'chg-aims-internal-audit', title: 'Add a co-sourced auditor to the internal audit team', purpose: 'Independent audit of performance evaluation and improvement.',
      responsibleId: 'p-michael', plannedFor: t.day(-90), significant: false, status: 'done', completedOn: t.day(-85),
    },
  ];
}
