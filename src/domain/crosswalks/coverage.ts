// How far an organisation's own AIMS covers each item of a crosswalk: per clause and control, what its SoA decided,
// how far the control is implemented and whether current evidence exists; the gaps named, the coverage counted.
import type { AimsSnapshot, SoaEntry } from '../model/index.ts';
import type { Crosswalk, CrosswalkItem } from './model.ts';

/**
 * The evidence index's verdict on a clause or applied control (the readiness engine computes it);
 * `interview-or-observation` where the Standard asks for no records, which is no gap in the evidence.
 */
export type EvidenceStatus = 'evidenced' | 'interview-or-observation' | 'only-stale' | 'only-expired' | 'no-evidence';

const noGap = (status: EvidenceStatus) => status === 'evidenced' || status === 'interview-or-observation';

export type RefCoverage = 'covered' | 'partial' | 'gap';

export interface RefState {
  readonly ref: string;
  readonly kind: 'clause' | 'control';
  readonly coverage: RefCoverage;
  /** For controls: what the SoA decided. */
  readonly soa?: 'included' | 'excluded' | 'not-in-soa';
  readonly implementation?: SoaEntry['implementationStatus'];
  readonly evidence?: EvidenceStatus;
  /** What is missing, in words; absent when covered. */
  readonly gap?: string;
}

export interface ItemCoverage {
  readonly item: CrosswalkItem;
  /** 0–100: covered refs count 1, partial ones ½. */
  readonly percent: number;
  readonly coverage: RefCoverage;
  readonly refs: readonly RefState[];
  readonly gaps: readonly RefState[];
}

export interface CrosswalkCoverage {
  readonly framework: Crosswalk['framework'];
  readonly title: string;
  readonly items: readonly ItemCoverage[];
  readonly percent: number;
}

const evidenceWords: Record<EvidenceStatus, string> = {
  'evidenced': 'current evidence',
  'interview-or-observation': 'verified by interview or observation',
  'only-stale': 'only stale evidence',
  'only-expired': 'only expired evidence',
  'no-evidence': 'no evidence',
};

function clauseState(ref: string, evidence: ReadonlyMap<string, EvidenceStatus>): RefState {
  const status = evidence.get(ref) ?? 'no-evidence';
  if (noGap(status)) return { ref, kind: 'clause', coverage: 'covered', evidence: status };
  return { ref, kind: 'clause', coverage: status === 'no-evidence' ? 'gap' : 'partial', evidence: status, gap: `clause ${ref}: ${evidenceWords[status]}` };
}

function controlState(ref: string, entries: readonly SoaEntry[], evidence: ReadonlyMap<string, EvidenceStatus>): RefState {
  const included = entries.find((e) => e.applicable);
  if (!included) {
    const excluded = entries[0];
    if (!excluded) return { ref, kind: 'control', coverage: 'gap', soa: 'not-in-soa', gap: `${ref}: not in the Statement of Applicability` };
    return { ref, kind: 'control', coverage: 'gap', soa: 'excluded',
      gap: `${ref}: excluded from the SoA${excluded.justification ? ` (${excluded.justification})` : ' without a justification'}` };
  }
  const implementation = included.implementationStatus;
  const status = evidence.get(ref) ?? 'no-evidence';
  const base = { ref, kind: 'control' as const, soa: 'included' as const, implementation, evidence: status };
  if (implementation === 'implemented' && noGap(status)) return { ...base, coverage: 'covered' };
  const missing = [
    implementation !== 'implemented' ? `${implementation.replace(/-/g, ' ')}` : undefined,
    !noGap(status) ? evidenceWords[status] : undefined,
  ].filter(Boolean).join(', ');
  const started = implementation === 'implemented' || implementation === 'partially-implemented';
  return { ...base, coverage: started ? 'partial' : 'gap', gap: `${ref}: included, ${missing}` };
}

function itemCoverage(item: CrosswalkItem, soa: ReadonlyMap<string, SoaEntry[]>, evidence: ReadonlyMap<string, EvidenceStatus>): ItemCoverage {
  const refs = [
    ...item.clauses.map((c) => clauseState(c, evidence)),
    ...item.controls.map((c) => controlState(c, soa.get(c) ?? [], evidence)),
  ];
  const score = refs.reduce((n, r) => n + (r.coverage === 'covered' ? 1 : r.coverage === 'partial' ? 0.5 : 0), 0);
  const percent = refs.length === 0 ? 0 : Math.round((score / refs.length) * 100);
  const coverage: RefCoverage = refs.length > 0 && refs.every((r) => r.coverage === 'covered') ? 'covered' : score === 0 ? 'gap' : 'partial';
  return { item, percent, coverage, refs, gaps: refs.filter((r) => r.coverage !== 'covered') };
}

/** The coverage of every item of `crosswalk` by the organisation's SoA and evidence (the evidence index's statuses). */
export function crosswalkCoverage(crosswalk: Crosswalk, aims: AimsSnapshot, evidence: ReadonlyMap<string, EvidenceStatus>): CrosswalkCoverage {
  const soa = new Map<string, SoaEntry[]>();
  for (const e of aims.soaEntries) soa.set(e.controlId, [...(soa.get(e.controlId) ?? []), e]);
  const items = crosswalk.items.map((item) => itemCoverage(item, soa, evidence));
  const percent = items.length === 0 ? 0 : Math.round(items.reduce((n, i) => n + i.percent, 0) / items.length);
  return { framework: crosswalk.framework, title: crosswalk.title ?? crosswalk.framework, items, percent };
}
