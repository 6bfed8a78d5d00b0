// Synthetic organisations N times the demo's size for benchmarks: the demo plus N generated business units.
import { AppError, controls, leafClauses, type AimsSnapshot, type RecordOf, type RegisterName } from '../../domain/index.ts';
import { demoClock, type DemoClock } from './clock.ts';
import { buildDemoOrganisation, type DemoOptions } from './demo.ts';
import { competences } from './people.ts';
import { inventoryControls } from './soa.ts';
import { syntheticNames } from './scaled-names.ts';

/** Mulberry32: a small, fast, seeded generator, so the same scale and asOf always give the same organisation. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lists = { [R in RegisterName]: RecordOf<R>[] };

const appliedControls = controls.map((c) => c.id).filter((id) => id !== 'A.10.4');
/** Generated treatments avoid the demo's untraced inclusions, so the scaled organisation keeps the demo's weaknesses. */
const treatmentControls = appliedControls.filter((id) => !inventoryControls.includes(id));
const refsPool = [...leafClauses().map((c) => c.id), ...appliedControls];
const stages = ['inception', 'impact-assessment', 'requirements-and-design', 'verification-and-validation', 'deployment'] as const;

/** One generated business unit: 6 AI systems, 100 risks, 500 evidence items and what they need to be consistent. */
function addUnit(out: Lists, u: string, t: DemoClock, rnd: () => number): void {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(xs)))];
  const ago = (lo: number, hi: number) => t.day(-int(lo, hi));
  const id = (kind: string, n: number) => `${u}-${kind}-${String(n).padStart(3, '0')}`;

  const people = Array.from({ length: 20 }, (_, i) => id('p', i + 1));
  const [ownerA, ownerB, ownerC, ...rest] = people as [string, string, string, ...string[]];
  const owners = [ownerA, ownerB, ownerC];
  people.forEach((pid, i) => out.persons.push({ id: pid, name: syntheticNames(i + people.length * Number(u.slice(1))), jobTitle: i < 3 ? 'AI system owner' : i < 6 ? 'Machine learning engineer' : 'Analyst', unit: `Business unit ${u}`, inAimsScope: true, active: true }));
  out.sites.push({ id: `${u}-site`, name: `Office ${u}`, country: 'United Kingdom', central: false, personnel: 20 });
  out.roles.push(
    { id: `${u}-role-owner`, name: `AI system owner (${u})`, kind: 'individual', responsibilities: ['Answer for the unit’s AI systems'], holderIds: owners, requiredCompetences: [competences.lifecycle] },
    { id: `${u}-role-ml`, name: `Machine learning engineer (${u})`, kind: 'individual', responsibilities: ['Build and document the unit’s models'], holderIds: rest.slice(0, 3), requiredCompetences: [competences.ml] },
  );
  const evidence = Array.from({ length: 500 }, (_, i) => id('ev', i + 1));
  people.forEach((pid, i) => {
    out.competenceEvidence.push({ id: id('comp', i + 1), personId: pid, competence: i < 3 ? competences.lifecycle : i < 6 ? competences.ml : competences.risk, kind: 'training', obtainedOn: ago(60, 300), verifiedById: 'p-lucy', evidenceIds: [evidence[0]!] });
    out.awarenessRecords.push({ id: id('aw', i + 1), personId: pid, topics: ['ai-policy', 'contribution-to-aims', 'implications-of-nonconformity'], date: ago(30, 300), evidenceIds: [evidence[1]!] });
  });

  const suppliers = [0, 1, 2].map((i) => id('sup', i + 1));
  suppliers.forEach((sid, i) => out.suppliers.push({
    id: sid, name: `Supplier ${sid}`, provides: [(['foundation-model', 'ai-saas', 'data'] as const)[i]!], governedAs: 'ai-supplier',
    aiAssessment: { assessedOn: ago(60, 300), assessorId: 'p-george', summary: 'Assessed under the AI supplier procedure.', outcome: 'approved' },
    responsibilityAllocation: 'Supplier answers for its component; we answer for its use.', contractClauses: ['30 days’ notice of model changes', 'Incident notice within 24 hours'],
    ownerId: 'p-george', nextReviewDue: t.day(int(30, 300)),
  }));

  const systems = Array.from({ length: 6 }, (_, i) => id('ais', i + 1));
  systems.forEach((sid, i) => {
    const doc = id('doc', i + 1);
    out.documents.push({
      id: doc, title: `Technical documentation ${sid}`, kind: 'technical-documentation', ownerId: pick(owners), classification: 'confidential', reviewIntervalMonths: 12,
      reviewDue: t.day(int(30, 330)), requiredBy: ['A.6.2.7'],
      versions: [{ version: '1.0', status: 'superseded', approvedById: 'p-liam', approvedOn: ago(400, 500) }, { version: '1.1', status: 'approved', approvedById: 'p-liam', approvedOn: ago(30, 300) }],
    });
    const deployed = int(100, 400);
    out.aiSystems.push({
      id: sid, name: `Model ${sid}`, purpose: 'Supports lending operations of the unit.', intendedUse: 'Decision support; a person decides.', ownerId: owners[i % 3],
      complexity: pick(['low', 'medium', 'high'] as const), inScope: true, status: 'in-operation', euAiActRole: 'provider', euAiActRiskClass: 'minimal-risk',
      knownLimitations: ['Less reliable for thin-file applicants.'], humanOversight: 'Reviewed by a person before any decision.',
      lifecycle: {
        modelDocumentId: 'doc-lifecycle', stages: [...stages, 'operation-and-monitoring', 'retirement'], currentStage: 'operation-and-monitoring',
        gates: stages.map((stage, g) => ({ stage, decision: 'approved' as const, approverId: 'p-marcus', decidedOn: t.day(-(deployed + (4 - g) * 30)), evidenceIds: [evidence[2 + i * 5 + g]!] })),
      },
      supplierIds: [suppliers[i % 3]!], technicalDocumentationIds: [doc],
      eventLogging: { decision: 'enabled', stages: ['deployment', 'operation-and-monitoring'], retentionDays: 2190, decidedOn: t.day(-deployed - 60) },
    });
    out.impactAssessments.push({
      id: id('ia', i + 1), aiSystemId: sid, methodologyId: 'im-01', assessorId: 'p-tom', assessedOn: ago(30, 300), trigger: 'initial', affectedParties: ['Applicants'],
      impacts: [{ description: 'An applicant is refused unfairly.', dimension: 'individual', type: 'fairness', severity: int(1, 4), likelihood: int(1, 4), mitigation: 'Human review.' }],
      conclusion: 'Acceptable with mitigation.', approvedById: 'p-marcus', approvedOn: ago(1, 29),
    });
    out.monitoringMetrics.push({
      id: id('met', i + 1), name: `Accuracy of ${sid}`, what: 'Share of correct outputs on a monthly sample', method: 'Monthly sample review', intervalDays: 30, ownerId: owners[i % 3], aiSystemId: sid, target: 'At least 95%',
      measurements: Array.from({ length: 12 }, (_, m) => ({ date: t.day(-30 * (11 - m)), value: Math.round((0.94 + rnd() * 0.05) * 1000) / 1000 })),
    });
  });
  for (let i = 0; i < 8; i++) {
    out.datasets.push({ id: id('ds', i + 1), name: `Dataset ${i + 1} of ${u}`, aiSystemIds: [systems[i % 6]!], uses: [pick(['training', 'test', 'production-input'] as const)],
      provenance: 'Own records with lineage in the data catalogue.', qualityRequirements: 'Complete labels; drift monitored monthly.',
      acquisition: 'Extracted from our own systems under the unit’s purpose.', preparation: 'De-duplicated; time-based split.', containsPersonalData: true });
  }
  for (let i = 0; i < 100; i++) {
    const l = int(1, 5);
    const c = int(1, 5);
    const owner = pick(owners);
    const assessedOn = ago(10, 330);
    const above = l * c > 8;
    out.risks.push({
      id: id('risk', i + 1), title: `Risk ${i + 1} of ${u}`, aiSystemIds: some(systems, int(1, 2)), ownerId: owner, likelihood: l, consequence: c, assessedOn,
      nextReviewDue: t.after(assessedOn, 12), status: above ? 'treated' : 'accepted',
      ...(above ? { treatment: { option: 'modify' as const, controlIds: some(treatmentControls, int(1, 4)), actions: [{ description: 'Implement the selected controls', ownerId: owner, status: 'done' as const }], residualLikelihood: 2, residualConsequence: int(1, 4), residualAcceptedById: owner, residualAcceptedOn: assessedOn } } : {}),
    });
  }
  evidence.forEach((eid, i) => out.evidenceItems.push({
    id: eid, title: `Evidence ${i + 1} of ${u}`, kind: 'record', evidenceDate: ago(1, 300), ownerId: pick(people), refs: some(refsPool, int(1, 3)),
    records: [{ register: 'aiSystems', id: pick(systems) }],
  }));
  for (let i = 0; i < 10; i++) {
    out.communicationLog.push({ id: id('cl', i + 1), planEntryId: 'cp-limitations', date: ago(1, 300), topic: 'known-limitations', direction: 'external', audience: 'Customers', subject: `Known limitations update ${i + 1}`, aiSystemIds: [systems[i % 6]!], evidenceIds: [pick(evidence)] });
  }
  for (let i = 0; i < 4; i++) {
    const raised = int(60, 300);
    out.nonconformities.push({
      id: id('nc', i + 1), title: `Nonconformity ${i + 1} of ${u}`, source: 'monitoring', raisedOn: t.day(-raised), classification: 'minor', refs: [pick(refsPool)], ownerId: pick(owners),
      correction: 'Contained.', rootCause: 'Process step missing.', correctiveActions: [{ id: `ca-${i + 1}`, description: 'Add the missing step', ownerId: pick(owners), dueDate: t.day(-raised + 30), completedOn: t.day(-raised + 20), status: 'done' }],
      effectivenessReview: { reviewedOn: t.day(-raised + 50), reviewerId: 'p-nadia', effective: true }, status: 'closed', closedOn: t.day(-raised + 50),
    });
  }
  for (let i = 0; i < 2; i++) {
    out.incidents.push({ id: id('inc', i + 1), title: `Incident ${i + 1} of ${u}`, aiSystemId: pick(systems), occurredOn: ago(30, 300), severity: 'low', euAiActSerious: false, communications: [], status: 'closed', closedOn: ago(1, 29) });
    out.concernReports.push({ id: id('concern', i + 1), receivedOn: ago(30, 300), channel: 'AI concerns web form', aiSystemId: pick(systems), summary: 'A customer asked how a decision was made.', handlerId: 'p-hannah', status: 'closed', outcome: 'Explained; no issue found.', closedOn: ago(1, 29) });
    out.internalAudits.push({ id: id('audit', i + 1), programmeId: 'iap-01', title: `Audit ${i + 1} of ${u}`, status: 'completed', completedOn: ago(30, 200), scopeRefs: some(refsPool, 5), scopeAiSystemIds: some(systems, 2), auditorIds: ['p-sofia'], auditeeIds: [pick(owners)], findings: [] });
  }
  out.customControls.push({ id: `ORG-${u.toUpperCase()}`, title: `Unit control of ${u}` });
  out.soaEntries.push({ id: `soa-ORG-${u.toUpperCase()}`, controlId: `ORG-${u.toUpperCase()}`, applicable: true, riskIds: [id('risk', 1)], justification: 'Treats the unit’s risks.', implementationStatus: 'implemented', ownerId: ownerA, evidenceIds: [evidence[3]!] });
  out.mockInterviews.push({ id: id('mock', 1), intervieweeId: ownerA, interviewerId: 'p-tom', heldOn: ago(1, 30), controlIds: ['A.6.2.5'], aiSystemIds: [systems[0]!], outcome: 'ready' });
}

/**
 * The demo organisation plus `scale` generated business units, each with 6 AI systems, 100 risks and 500 evidence
 * items: scale 100 holds about 600 AI systems, 10,000 risks and 50,000 evidence items. Valid against
 * validateSnapshot; the same scale and asOf always give the same organisation.
 */
export function buildScaledOrganisation(scale: number, options: DemoOptions): AimsSnapshot {
  if (!Number.isInteger(scale) || scale < 1) throw new AppError('invalid_input', `--scale must be a whole number of 1 or more; got "${scale}".`);
  const demo = buildDemoOrganisation(options);
  const out = Object.fromEntries(Object.entries(demo).filter(([k]) => k !== 'organisation').map(([k, v]) => [k, [...(v as unknown[])]])) as unknown as Lists;
  const t = demoClock(options.asOf);
  const rnd = prng(scale * 2654435761 + Number(options.asOf.replaceAll('-', '')));
  const width = Math.max(3, String(scale).length);
  const units: string[] = [];
  for (let k = 1; k <= scale; k++) {
    const u = `u${String(k).padStart(width, '0')}`;
    units.push(u);
    addUnit(out, u, t, rnd);
  }
  // The units' AI systems are the ones added after the demo's: no need to match each against every unit's prefix.
  const unitSystems = out.aiSystems.slice(demo.aiSystems.length).map((s) => s.id);
  out.scopeStatements = out.scopeStatements.map((s) => ({ ...s, includedAiSystemIds: [...s.includedAiSystemIds, ...unitSystems], siteIds: [...s.siteIds, ...units.map((u) => `${u}-site`)] }));
  const snapshot: AimsSnapshot = {
    ...out,
    organisation: { ...demo.organisation, id: `larchfield-x${scale}`, name: `${demo.organisation.name} (synthetic, scale ${scale})`, effectivePersonnel: demo.organisation.effectivePersonnel + 20 * scale },
  };
  return snapshot;
}
