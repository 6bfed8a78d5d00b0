// The evidence index: for every clause 4–10 and every applied control, the records that evidence it, their
// freshness and the gaps; the five most scrutinised documents first. What counts as evidence, and whether records
// are asked for at all, comes from the requirements model. Linear in the size of the snapshot.
import {
  clauses,
  findControl,
  controls as annexAControls,
  registerNames,
  requirementOf,
  type AimsSnapshot,
  type DocumentedInformation,
  type AnyRecord,
  type RecordOf,
  type RegisterName,
} from '../../domain/index.ts';
import { EvidenceCollector, inIdOrder } from './evidence-index-collect.ts';
import { assessFreshness, type Freshness } from './evidence-index-freshness.ts';
import { keyDocumentsOf, type KeyDocument } from './evidence-index-key-documents.ts';
import { RequirementMatcher } from './evidence-index-requirements.ts';

export type { Freshness } from './evidence-index-freshness.ts';
export type { KeyDocument, KeyDocumentKind } from './evidence-index-key-documents.ts';

/** How a record came to evidence a clause or control. */
export type EvidenceVia =
  | 'evidence-item' // an evidence item whose refs name it
  | 'document' // a document whose requiredBy names it
  | 'soa-entry' // an evidence item the SoA entry of the control lists
  | 'register'; // a record of a register that serves the clause (registers.ts), e.g. a management review for 9.3

export interface IndexedEvidence {
  readonly register: RegisterName;
  readonly id: string;
  readonly label: string;
  readonly via: EvidenceVia;
  readonly date?: string;
  readonly freshness: Freshness;
  readonly note?: string;
  /**
   * Linked to the ref but not documented information its requirement accepts (an impact assessment procedure on
   * 8.4, which asks for assessment results): listed for context, never counted.
   */
  readonly supporting?: true;
}

/**
 * `evidenced`: at least one current record the requirement accepts. `interview-or-observation`: the requirement
 * asks for no documented information (or none yet: no nonconformity has arisen), so an auditor verifies it by
 * talking to people and watching the work; never a gap. Otherwise the gap: only stale, only expired, or nothing.
 */
export type CoverageStatus = 'evidenced' | 'interview-or-observation' | 'only-stale' | 'only-expired' | 'no-evidence';

export interface EvidenceIndexRow {
  readonly ref: string;
  readonly kind: 'clause' | 'control';
  readonly title: string;
  /** The parent clause, for clauses below the top level. */
  readonly parent?: string;
  /** Whether the clause carries requirements itself (no sub-clauses); always true for controls. */
  readonly leaf: boolean;
  /** For controls: the organisation's own control rather than Annex A. */
  readonly custom?: boolean;
  /** For controls: the SoA entries that include it. */
  readonly soaEntryIds?: readonly string[];
  /** What the requirements model says it asks for; absent for an organisation's own control. */
  readonly documentedInformation?: DocumentedInformation;
  /** The documented information it asks for, in words (empty when none). */
  readonly requires?: readonly string[];
  /** What only an interview or observation shows; with status `interview-or-observation`, how it is verified. */
  readonly verifiedBy?: string;
  /** Records that name this ref directly: those that count first, then supporting ones; current first, newest first. */
  readonly evidence: readonly IndexedEvidence[];
  /** Over this ref's own evidence and, for a parent clause, that of every clause below it. */
  readonly status: CoverageStatus;
}

export interface EvidenceGap {
  readonly ref: string;
  readonly kind: 'clause' | 'control';
  readonly title: string;
  readonly status: Exclude<CoverageStatus, 'evidenced' | 'interview-or-observation'>;
  readonly soaEntryIds?: readonly string[];
  /** The documented information it asks for, in words. */
  readonly requires?: readonly string[];
  /** The stale or expired records that would count, and the supporting records that do not, if any. */
  readonly evidence: readonly IndexedEvidence[];
}

export interface CoverageCounts {
  readonly total: number;
  readonly evidenced: number;
  /** Asking for no records: verified by interview or observation. */
  readonly interviewOrObservation: number;
  readonly onlyStale: number;
  readonly onlyExpired: number;
  readonly noEvidence: number;
}

export interface EvidenceIndex {
  readonly asOf: string;
  readonly keyDocuments: readonly KeyDocument[];
  readonly clauses: readonly EvidenceIndexRow[];
  readonly controls: readonly EvidenceIndexRow[];
  /** Leaf clauses and applied controls asking for records that are not evidenced (a parent's gap is its children's). */
  readonly gaps: readonly EvidenceGap[];
  readonly summary: { readonly clauses: CoverageCounts; readonly controls: CoverageCounts };
}

/** Over the entries that count; supporting ones never evidence anything. */
function statusOf(entries: Iterable<IndexedEvidence>): CoverageStatus {
  let stale = false;
  let expired = false;
  for (const e of entries) {
    if (e.supporting) continue;
    if (e.freshness === 'current') return 'evidenced';
    if (e.freshness === 'stale') stale = true;
    else expired = true;
  }
  return stale ? 'only-stale' : expired ? 'only-expired' : 'no-evidence';
}

/** Combines the statuses of clauses asking for records: the best wins (a current record anywhere below evidences the parent). */
function bestOf(statuses: readonly CoverageStatus[]): CoverageStatus {
  const order: CoverageStatus[] = ['evidenced', 'only-stale', 'only-expired', 'no-evidence'];
  return order.find((s) => statuses.includes(s)) ?? 'no-evidence';
}

/** Applied controls in catalogue order, then the organisation's own in SoA order, with their SoA entries. */
function appliedControls(aims: AimsSnapshot): Map<string, string[]> {
  const included = new Map<string, string[]>();
  for (const entry of aims.soaEntries) {
    if (!entry.applicable) continue;
    const list = included.get(entry.controlId) ?? [];
    list.push(entry.id);
    included.set(entry.controlId, list);
  }
  const ordered = new Map<string, string[]>();
  for (const c of annexAControls) {
    const ids = included.get(c.id);
    if (ids) ordered.set(c.id, ids);
  }
  for (const [id, ids] of included) if (!ordered.has(id)) ordered.set(id, ids);
  return ordered;
}

const cache = new WeakMap<AimsSnapshot, Map<string, EvidenceIndex>>();

/** Builds the index as of `now` (YYYY-MM-DD); the result is cached per snapshot and date, as checks share it. */
export function buildEvidenceIndex(aims: AimsSnapshot, now: string): EvidenceIndex {
  let perDate = cache.get(aims);
  if (!perDate) cache.set(aims, (perDate = new Map()));
  const cached = perDate.get(now);
  if (cached) return cached;
  const index = build(aims, now);
  perDate.set(now, index);
  return index;
}

function build(aims: AimsSnapshot, now: string): EvidenceIndex {
  const applied = appliedControls(aims);
  const indexed = [...clauses.map((c) => c.id), ...applied.keys()];
  const collector = new EvidenceCollector(indexed, now);
  const matcher = new RequirementMatcher(aims, now);
  const satisfying = (register: RegisterName, via: EvidenceVia, record: AnyRecord) => (ref: string) => matcher.satisfies(ref, register, via, record);
  for (const item of inIdOrder(aims.evidenceItems)) {
    collector.add(item.refs, 'evidenceItems', item, 'evidence-item', undefined, satisfying('evidenceItems', 'evidence-item', item));
  }
  for (const doc of inIdOrder(aims.documents)) {
    if (doc.requiredBy) collector.add(doc.requiredBy, 'documents', doc, 'document', undefined, satisfying('documents', 'document', doc));
  }
  // Only the few items SoA entries list are looked up: one pass over the items, no map of them all.
  const wanted = new Set(aims.soaEntries.flatMap((e) => (e.applicable ? e.evidenceIds : [])));
  const listedItems = new Map<string, RecordOf<'evidenceItems'>>();
  if (wanted.size > 0) for (const item of aims.evidenceItems) if (wanted.has(item.id)) listedItems.set(item.id, item);
  const listed = new Set<string>();
  for (const entry of inIdOrder(aims.soaEntries)) {
    if (!entry.applicable) continue;
    for (const id of entry.evidenceIds) {
      const item = listedItems.get(id);
      // An item whose refs already name the control, or that another entry for it lists, is in the row already.
      if (!item || listed.has(`${entry.controlId}\u0000${id}`)) continue;
      listed.add(`${entry.controlId}\u0000${id}`);
      collector.add([entry.controlId], 'evidenceItems', item, 'soa-entry', (ref) => item.refs.includes(ref), satisfying('evidenceItems', 'soa-entry', item));
    }
  }
  // Evidence items serve what their refs name, not documented information in general (7.5) by being kept.
  for (const register of registerNames) {
    const refs = RequirementMatcher.refsServedBy(register, indexed);
    if (refs.length === 0 || register === 'evidenceItems') continue;
    for (const record of inIdOrder(aims[register] as readonly AnyRecord[])) {
      const requiredBy = register === 'documents' ? (record as RecordOf<'documents'>).requiredBy : undefined;
      collector.add(refs, register, record, 'register', requiredBy && ((ref) => requiredBy.includes(ref)), satisfying(register, 'register', record));
    }
  }
  const rows = collector.finish();

  const statuses = new Map<string, CoverageStatus>();
  // Children come after their parents in the catalogue, so walking it backwards settles them first.
  const childrenOf = new Map<string, string[]>();
  for (const c of clauses) if (c.parent !== undefined) childrenOf.set(c.parent, [...(childrenOf.get(c.parent) ?? []), c.id]);
  const ownStatus = (ref: string, evidence: readonly IndexedEvidence[]): CoverageStatus =>
    matcher.requiresRecords(ref) ? statusOf(evidence) : 'interview-or-observation';
  for (const c of [...clauses].reverse()) {
    const children = (childrenOf.get(c.id) ?? []).map((id) => statuses.get(id)!);
    if (children.length === 0) {
      statuses.set(c.id, ownStatus(c.id, rows.get(c.id)!));
      continue;
    }
    // A parent's own records (an audit naming 9.2) count with its clauses'; when all of those ask for none, so does it.
    const asking = children.filter((s) => s !== 'interview-or-observation');
    statuses.set(c.id, asking.length === 0 ? 'interview-or-observation' : bestOf([statusOf(rows.get(c.id)!), ...asking]));
  }
  const modelOf = (ref: string) => {
    const r = requirementOf(ref);
    return r ? { documentedInformation: r.documentedInformation, requires: r.requires.map((x) => x.what), verifiedBy: r.verifiedBy } : {};
  };

  const evidenceOf = (ref: string) => rows.get(ref)!;
  const clauseRows: EvidenceIndexRow[] = clauses.map((c) => ({
    ref: c.id,
    kind: 'clause',
    title: c.title,
    ...(c.parent === undefined ? {} : { parent: c.parent }),
    leaf: !childrenOf.has(c.id),
    ...modelOf(c.id),
    evidence: evidenceOf(c.id),
    status: statuses.get(c.id)!,
  }));
  const customTitles = new Map(aims.customControls.map((c) => [c.id, c.title]));
  const controlRows: EvidenceIndexRow[] = [...applied].map(([ref, soaEntryIds]) => {
    const evidence = evidenceOf(ref);
    const annexA = findControl(ref);
    return {
      ref,
      kind: 'control',
      title: annexA?.title ?? customTitles.get(ref) ?? ref,
      leaf: true,
      ...(annexA ? {} : { custom: true }),
      soaEntryIds,
      ...modelOf(ref),
      evidence,
      status: ownStatus(ref, evidence),
    };
  });

  const gaps: EvidenceGap[] = [...clauseRows.filter((r) => r.leaf), ...controlRows]
    .filter((r) => r.status !== 'evidenced' && r.status !== 'interview-or-observation')
    .map((r) => ({
      ref: r.ref,
      kind: r.kind,
      title: r.title,
      status: r.status as EvidenceGap['status'],
      ...(r.soaEntryIds ? { soaEntryIds: r.soaEntryIds } : {}),
      ...(r.requires ? { requires: r.requires } : {}),
      evidence: r.evidence,
    }));

  return {
    asOf: now,
    keyDocuments: keyDocumentsOf(aims, (register, record) => assessFreshness(register, record, now)),
    clauses: clauseRows,
    controls: controlRows,
    gaps,
    summary: { clauses: countsOf(clauseRows.filter((r) => r.leaf)), controls: countsOf(controlRows) },
  };
}

function countsOf(rows: readonly EvidenceIndexRow[]): CoverageCounts {
  const n = (s: CoverageStatus) => rows.filter((r) => r.status === s).length;
  return { total: rows.length, evidenced: n('evidenced'), interviewOrObservation: n('interview-or-observation'), onlyStale: n('only-stale'), onlyExpired: n('only-expired'), noEvidence: n('no-evidence') };
}
