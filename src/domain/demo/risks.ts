// The demo's AI risk register (6.1.2, 8.2) with treatments (6.1.3, 8.3): each risk names the controls that treat it.
import type { Risk } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';

interface RiskSpec {
  id: string;
  title: string;
  description?: string;
  systems: string[];
  owner: string;
  sources?: string[];
  objectives?: string[];
  l: number;
  c: number;
  /** Days before asOf it was (re)assessed. */
  ago: number;
  /** Treatment: controls, residual likelihood and consequence, and actions [description, owner, days from asOf, done]. */
  treat?: { controls: string[]; residual: [number, number]; actions: [string, string, number, boolean][] };
}

function build(t: DemoClock, s: RiskSpec): Risk {
  const assessedOn = t.day(-s.ago);
  const base: Risk = {
    id: s.id, title: s.title, ...(s.description ? { description: s.description } : {}),
    ...(s.sources ? { sourceIds: s.sources } : {}), aiSystemIds: s.systems, ...(s.objectives ? { objectiveIds: s.objectives } : {}),
    ownerId: s.owner, likelihood: s.l, consequence: s.c, assessedOn, nextReviewDue: t.after(assessedOn, 12),
    status: s.treat ? (s.treat.actions.every((a) => a[3]) ? 'treated' : 'treatment-planned') : 'accepted',
  };
  if (!s.treat) return base;
  return {
    ...base,
    treatment: {
      option: 'modify',
      controlIds: s.treat.controls,
      actions: s.treat.actions.map(([description, ownerId, due, done]) => ({ description, ownerId, dueDate: t.day(due), status: done ? 'done' : 'open' })),
      residualLikelihood: s.treat.residual[0],
      residualConsequence: s.treat.residual[1],
      residualAcceptedById: s.owner,
      residualAcceptedOn: t.day(-s.ago + 14),
    },
  };
}

export function buildRisks(t: DemoClock): Risk[] {
  const specs: RiskSpec[] = [
    { id: 'risk-001', title: 'Indirect discrimination through proxy variables in credit scoring', systems: ['ais-credit-scoring'], owner: 'p-liam', sources: ['machine-learning', 'lack-of-transparency'], objectives: ['obj-fair-lending'], l: 3, c: 5, ago: 215,
      description: 'Postcode and account-age attributes can stand in for age or ethnicity and skew approvals.',
      treat: { controls: ['ORG-1', 'A.5.2', 'A.5.4', 'A.5.5', 'A.7.4', 'A.6.2.4'], residual: [2, 3], actions: [['Quarterly fairness test of approvals by age band and deprivation decile', 'p-ana', -120, true], ['Re-weight training data in the v5 model', 'p-ana', 120, false]] } },
    { id: 'risk-002', title: 'Credit model performance decays after rate and market changes', systems: ['ais-credit-scoring'], owner: 'p-liam', sources: ['machine-learning', 'environment-complexity'], l: 4, c: 3, ago: 215,
      treat: { controls: ['A.6.2.6', 'A.6.2.4'], residual: [2, 3], actions: [['Monthly population stability and Gini monitoring with escalation thresholds', 'p-yusuf', -150, true]] } },
    { id: 'risk-003', title: 'Declined applicants cannot be given specific reasons', systems: ['ais-credit-scoring'], owner: 'p-liam', sources: ['lack-of-transparency'], objectives: ['obj-decline-reasons'], l: 3, c: 4, ago: 215,
      treat: { controls: ['A.8.2', 'A.6.2.7', 'A.9.4'], residual: [2, 2], actions: [['Reason-code service in decline letters', 'p-yusuf', -90, true]] } },
    { id: 'risk-004', title: 'Bureau data errors flow into lending decisions', systems: ['ais-credit-scoring'], owner: 'p-liam', sources: ['machine-learning'], l: 3, c: 3, ago: 212,
      treat: { controls: ['A.7.4', 'A.7.5', 'A.10.3'], residual: [2, 3], actions: [['Schema and range validation on every bureau response', 'p-yusuf', -160, true]] } },
    { id: 'risk-005', title: 'Underwriters rubber-stamp model recommendations', systems: ['ais-credit-scoring', 'ais-affordability'], owner: 'p-emma', sources: ['level-of-automation'], l: 3, c: 3, ago: 210,
      treat: { controls: ['A.9.2', 'A.4.6', 'A.3.2'], residual: [2, 3], actions: [['Override-rate monitoring and quarterly calibration sessions', 'p-emma', -100, true]] } },
    { id: 'risk-006', title: 'Irregular and gig-economy income is under-counted', systems: ['ais-affordability'], owner: 'p-emma', sources: ['machine-learning', 'environment-complexity'], l: 4, c: 4, ago: 205,
      treat: { controls: ['A.7.4', 'A.6.2.4', 'A.5.4'], residual: [2, 3], actions: [['Add gig-economy income to the labelled sample', 'p-ana', -110, true], ['Offer document-based income verification as an alternative', 'p-emma', -95, true]] } },
    { id: 'risk-007', title: 'Open-banking supplier changes its categorisation without notice', systems: ['ais-affordability'], owner: 'p-emma', sources: ['life-cycle-issues'], l: 3, c: 3, ago: 205,
      treat: { controls: ['A.10.2', 'A.10.3'], residual: [2, 2], actions: [['Change-notice clause and monthly category accuracy sample', 'p-george', -150, true]] } },
    { id: 'risk-008', title: 'More transaction data collected than affordability needs', systems: ['ais-affordability'], owner: 'p-emma', l: 2, c: 4, ago: 205 },
    { id: 'risk-009', title: 'Assistant states wrong rates, fees or charges', systems: ['ais-assistant'], owner: 'p-chloe', sources: ['machine-learning', 'technology-readiness'], objectives: ['obj-assistant-accuracy'], l: 4, c: 4, ago: 200,
      treat: { controls: ['ORG-2', 'A.6.2.4', 'A.6.2.6', 'A.8.2'], residual: [2, 3], actions: [['Answer only from approved articles; block rate quotes not in the product database', 'p-ravi', -120, true]] } },
    { id: 'risk-010', title: 'Customers in difficulty cannot reach a person', systems: ['ais-assistant'], owner: 'p-chloe', sources: ['level-of-automation'], l: 3, c: 4, ago: 200,
      treat: { controls: ['A.9.2', 'A.8.2', 'A.5.4'], residual: [2, 2], actions: [['Hand-over to an agent offered in every conversation and on vulnerability keywords', 'p-ravi', -150, true]] } },
    { id: 'risk-011', title: 'Prompt injection exposes another customer’s data', systems: ['ais-assistant'], owner: 'p-chloe', sources: ['technology-readiness'], l: 2, c: 5, ago: 200,
      treat: { controls: ['A.6.2.4', 'A.6.2.8', 'A.6.2.5'], residual: [1, 4], actions: [['Assistant sees only the signed-in customer’s data; red-team tests before each release', 'p-yusuf', -170, true]] } },
    { id: 'risk-012', title: 'Foundation model behaviour changes between versions', systems: ['ais-assistant'], owner: 'p-chloe', sources: ['life-cycle-issues', 'technology-readiness'], l: 3, c: 4, ago: 200,
      description: 'The hosted model can be updated by its provider; answers may change without our release process.',
      treat: { controls: ['A.6.2.6', 'A.6.2.4'], residual: [2, 4], actions: [['Nightly regression run of the evaluation set against the live model', 'p-yusuf', -140, true]] } },
    { id: 'risk-013', title: 'Conversation content retained in the language-model provider’s logs', systems: ['ais-assistant'], owner: 'p-chloe', l: 2, c: 4, ago: 200 },
    { id: 'risk-014', title: 'Fraud model v3.1 delays genuine applicants', systems: ['ais-fraud'], owner: 'p-jonas', sources: ['machine-learning'], l: 4, c: 3, ago: 45,
      treat: { controls: ['A.6.2.4', 'A.9.2', 'A.6.2.6'], residual: [2, 3], actions: [['Referral-rate ceiling with weekly review', 'p-jonas', -30, true]] } },
    { id: 'risk-015', title: 'Device features score applicants on shared devices as riskier', systems: ['ais-fraud'], owner: 'p-jonas', sources: ['machine-learning'], l: 3, c: 3, ago: 45,
      treat: { controls: ['A.7.4', 'A.6.2.4', 'A.7.6'], residual: [2, 2], actions: [['Cap device-feature contribution; monitor referral rate for shared-device applicants', 'p-ana', -40, true]] } },
    { id: 'risk-016', title: 'Fraudsters learn to game the fraud model', systems: ['ais-fraud'], owner: 'p-jonas', sources: ['environment-complexity'], l: 3, c: 4, ago: 45,
      treat: { controls: ['A.6.2.6', 'A.6.2.8'], residual: [2, 3], actions: [['Monthly review of fraud that passed the model; feature logs kept for investigation', 'p-jonas', -20, true]] } },
    { id: 'risk-017', title: 'Customers in vulnerable circumstances deprioritised for support', systems: ['ais-collections'], owner: 'p-owen', sources: ['level-of-automation'], l: 3, c: 5, ago: 195,
      treat: { controls: ['A.5.4', 'A.9.2', 'A.6.2.4'], residual: [2, 3], actions: [['Vulnerability flags override the model ranking', 'p-owen', -160, true]] } },
    { id: 'risk-018', title: 'Contact frequency exceeds what the rules allow', systems: ['ais-collections'], owner: 'p-owen', l: 2, c: 4, ago: 195 },
    { id: 'risk-019', title: 'Misread payslip figures change the affordability outcome', systems: ['ais-document-extraction'], owner: 'p-emma', sources: ['technology-readiness'], l: 3, c: 3, ago: 190,
      treat: { controls: ['A.6.2.4', 'A.9.4', 'A.10.3'], residual: [2, 2], actions: [['Underwriter confirms every extracted figure', 'p-emma', -170, true]] } },
    { id: 'risk-020', title: 'Forged payslips accepted by the extraction service', systems: ['ais-document-extraction'], owner: 'p-emma', l: 2, c: 4, ago: 190 },
    { id: 'risk-021', title: 'Staff use public AI chatbots with customer data', systems: [], owner: 'p-kwame', sources: ['technology-readiness'], l: 4, c: 4, ago: 220,
      treat: { controls: ['A.2.2', 'A.2.3', 'A.2.4', 'A.9.2', 'A.3.2'], residual: [2, 3], actions: [['Block unapproved AI services at the proxy; approved-tools list in the responsible-use standard', 'p-kwame', -180, true]] } },
    { id: 'risk-022', title: 'Key-person dependency in model validation', systems: ['ais-credit-scoring', 'ais-affordability', 'ais-fraud'], owner: 'p-sarah', l: 3, c: 3, ago: 45,
      treat: { controls: ['A.4.6', 'A.3.2', 'A.4.2'], residual: [2, 3], actions: [['Train a second validator', 'p-lucy', -60, true]] } },
    { id: 'risk-023', title: 'EU AI Act high-risk obligations not met for credit and affordability models', systems: ['ais-credit-scoring', 'ais-affordability'], owner: 'p-isabel', l: 3, c: 5, ago: 218,
      treat: { controls: ['A.6.2.7', 'A.6.2.8', 'A.5.3', 'A.8.5', 'A.6.2.2'], residual: [2, 3], actions: [['Gap assessment against Articles 9–15 and 17', 'p-isabel', -150, true], ['Register the high-risk systems in the EU database', 'p-isabel', 75, false]] } },
    { id: 'risk-024', title: 'Training data lineage cannot be reconstructed', systems: ['ais-credit-scoring', 'ais-collections'], owner: 'p-priya', sources: ['machine-learning', 'life-cycle-issues'], l: 3, c: 4, ago: 210,
      treat: { controls: ['A.7.2', 'A.7.3', 'A.7.5', 'A.7.6', 'A.4.3'], residual: [2, 3], actions: [['Data catalogue with lineage for every training extract', 'p-priya', -130, true]] } },
    { id: 'risk-025', title: 'Model changes released without gate approval', systems: ['ais-credit-scoring', 'ais-affordability', 'ais-fraud', 'ais-collections'], owner: 'p-liam', sources: ['life-cycle-issues'], l: 2, c: 5, ago: 45,
      treat: { controls: ['A.6.2.5', 'A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3'], residual: [1, 4], actions: [['Registry promotion requires a recorded gate decision', 'p-yusuf', -140, true]] } },
    { id: 'risk-026', title: 'Adverse effects reported by customers do not reach the system owner', systems: ['ais-credit-scoring', 'ais-assistant', 'ais-collections'], owner: 'p-hannah', l: 3, c: 3, ago: 205,
      treat: { controls: ['A.8.3', 'A.3.3', 'A.8.4'], residual: [2, 2], actions: [['AI tag in the complaints system routed to the system owner', 'p-hannah', -150, true]] } },
    { id: 'risk-027', title: 'Energy use of model training and hosted inference not known', systems: ['ais-assistant', 'ais-credit-scoring'], owner: 'p-david', l: 3, c: 2, ago: 205,
      description: 'The climate-change issue of 4.1: judged within appetite; supplier reports reviewed yearly.' },
  ];
  return specs.map((s) => build(t, s));
}
