// The walkthrough trace a Stage 2 auditor follows through one AI system, link by link, with what each link lacks.
import { lifecycleStages, type AiSystem, type LifecycleStageName } from '../../../domain/model/index.ts';
import { gateFor, gateGaps, passedStages } from '../../../domain/predicates/lifecycle-stages.ts';

export interface TraceLink {
  readonly key: string;
  readonly title: string;
  /** `ok`: the records show it; `missing`: a link an auditor would find broken; `not-yet`: the system is not there yet. */
  readonly state: 'ok' | 'missing' | 'not-yet';
  readonly shows: string[];
  readonly lacks: string[];
  readonly records: { register: string; id: string; label: string }[];
}

export interface TraceInputs {
  readonly system: AiSystem;
  readonly impactAssessments: readonly { id: string; assessedOn: string; approvedOn?: string; approvedById?: string }[];
  readonly metrics: readonly { id: string; name: string; measurements: readonly unknown[] }[];
  /** The system's datasets (A.7): design needs the data it is built on. */
  readonly datasets?: readonly { id: string; name: string; uses: readonly string[]; provenance?: string }[];
  /** Whether an evidence id names an evidence item that still stands (not expired); undefined: not loaded yet. */
  readonly evidence?: (id: string) => 'valid' | 'expired' | 'unknown';
}

const stageTitle: Record<LifecycleStageName, string> = {
  inception: 'Inception', 'impact-assessment': 'Impact assessment', 'requirements-and-design': 'Requirements and design',
  'verification-and-validation': 'Verification and validation', deployment: 'Deployment gate', 'operation-and-monitoring': 'Operation', retirement: 'Retirement',
};

export function walkthrough({ system, impactAssessments, metrics, datasets = [], evidence }: TraceInputs): TraceLink[] {
  const passed = new Set(passedStages(system));
  const defined = new Set(system.lifecycle.stages);
  const gateLink = (stage: LifecycleStageName, extra: Pick<TraceLink, 'shows' | 'lacks' | 'records'> = { shows: [], lacks: [], records: [] }): TraceLink => {
    const gate = gateFor(stage, system.lifecycle.gates);
    const shows = [...extra.shows];
    const lacks = [...extra.lacks];
    const records = [...extra.records];
    if (!defined.has(stage)) lacks.push('stage not defined in the life cycle');
    if (gate) {
      shows.push(`gate ${gate.decision}${gate.decidedOn ? ` on ${gate.decidedOn}` : ''}`);
      for (const id of gate.evidenceIds) records.push({ register: 'evidenceItems', id, label: id });
      const expired = evidence ? gate.evidenceIds.filter((id) => evidence(id) === 'expired') : [];
      const unknown = evidence ? gate.evidenceIds.filter((id) => evidence(id) === 'unknown') : [];
      if (expired.length) lacks.push(`gate evidence expired (${expired.join(', ')})`);
      if (unknown.length) lacks.push(`gate evidence not in the evidence register (${unknown.join(', ')})`);
      if (gate.approverId) records.push({ register: 'persons', id: gate.approverId, label: gate.approverId });
    }
    const reached = passed.has(stage) || gate !== undefined;
    if (reached) lacks.push(...gateGaps(gate, (id) => !evidence || evidence(id) === 'valid'));
    const state = !reached && lacks.length === (defined.has(stage) ? 0 : 1) && extra.lacks.length === 0 ? 'not-yet' : lacks.length ? 'missing' : 'ok';
    return { key: stage, title: stageTitle[stage], state, shows, lacks, records };
  };

  const latestIa = [...impactAssessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))[0];
  const iaExtra = latestIa
    ? { shows: [`impact assessment of ${latestIa.assessedOn}${latestIa.approvedOn ? `, approved ${latestIa.approvedOn}` : ''}`], lacks: latestIa.approvedOn ? [] : ['impact assessment not approved'], records: [{ register: 'impactAssessments', id: latestIa.id, label: latestIa.id }] }
    : { shows: [], lacks: system.inScope ? ['no impact assessment'] : [], records: [] };
  const docs = system.technicalDocumentationIds;
  const building = datasets.filter((d) => d.uses.some((u) => u === 'training' || u === 'fine-tuning' || u === 'retrieval'));
  const designExtra = {
    shows: [
      ...(docs.length ? [`${docs.length} technical document${docs.length === 1 ? '' : 's'}`] : []),
      ...(datasets.length ? [`${datasets.length} dataset${datasets.length === 1 ? '' : 's'}`] : []),
    ],
    lacks: [
      ...(docs.length ? [] : ['no technical documentation (A.6.2.7)']),
      ...datasets.filter((d) => !d.provenance).map((d) => `no provenance for dataset ${d.name} (A.7.5)`),
    ],
    records: [...docs.map((id) => ({ register: 'documents', id, label: id })), ...building.map((d) => ({ register: 'datasets', id: d.id, label: d.name }))],
  };
  const testing = datasets.filter((d) => d.uses.some((u) => u === 'validation' || u === 'test'));
  const vvExtra = { shows: testing.length ? [`validated on ${testing.map((d) => d.name).join(', ')}`] : [], lacks: [], records: testing.map((d) => ({ register: 'datasets', id: d.id, label: d.name })) };
  const operating = system.status === 'in-operation';
  const logging = system.eventLogging;
  const measured = metrics.filter((m) => m.measurements.length > 0);
  return [
    gateLink('inception'),
    gateLink('impact-assessment', iaExtra),
    gateLink('requirements-and-design', designExtra),
    gateLink('verification-and-validation', vvExtra),
    gateLink('deployment'),
    {
      key: 'operation', title: 'Operation', state: !operating ? 'not-yet' : logging ? 'ok' : 'missing',
      shows: [operating ? 'in operation' : `status ${system.status}`, ...(logging ? [`event logging ${logging.decision}`] : [])],
      lacks: operating && !logging ? ['no event-logging decision (A.6.2.8)'] : [], records: [],
    },
    {
      key: 'monitoring', title: 'Monitoring', state: !operating ? 'not-yet' : measured.length ? 'ok' : 'missing',
      shows: metrics.length ? [`${metrics.length} metric${metrics.length === 1 ? '' : 's'}, ${measured.length} measured`] : [],
      lacks: operating && measured.length === 0 ? [metrics.length ? 'metrics never measured' : 'no monitoring metric for this system'] : [],
      records: metrics.map((m) => ({ register: 'monitoringMetrics', id: m.id, label: m.name })),
    },
  ];
}

export { lifecycleStages, stageTitle };
