// isIndependentOf: whether an internal auditor is objective and impartial towards an audit's area (9.2), i.e. did not
// build, own or operate what is audited. Pure; the responsibilities of every person are indexed once per snapshot.
import type { AimsSnapshot } from '../model/index.ts';
import { ancestorsOf } from './audit-coverage.ts';

/** What an internal audit covers: an `InternalAudit` is one. */
export interface AuditArea {
  readonly scopeRefs: readonly string[];
  readonly scopeAiSystemIds: readonly string[];
  readonly auditeeIds?: readonly string[] | undefined;
}

export type Conflict =
  | { readonly kind: 'auditee' }
  | { readonly kind: 'owns-ai-system'; readonly aiSystemId: string }
  | { readonly kind: 'owns-soa-control'; readonly soaEntryId: string; readonly controlId: string }
  | { readonly kind: 'owns-document'; readonly documentId: string; readonly refs: readonly string[] }
  | { readonly kind: 'holds-role'; readonly roleId: string; readonly refs: readonly string[] };

/** One record a person is responsible for, filed under one of the clauses or controls it concerns. */
interface Held {
  readonly kind: 'owns-soa-control' | 'owns-document' | 'holds-role';
  readonly id: string;
  readonly ref: string;
}

interface Responsibilities {
  readonly aiSystemIds: Set<string>;
  /** By a clause or control and by each group above it: what falls inside that area. */
  readonly within: Map<string, Held[]>;
  /** By the exact clause or control: what covers a whole area that contains a narrower one. */
  readonly exact: Map<string, Held[]>;
}

const cache = new WeakMap<AimsSnapshot, ReadonlyMap<string, Responsibilities>>();

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Each person's responsibilities: what they own directly, through a role they hold, or as a committee's chair. */
function responsibilitiesOf(aims: AimsSnapshot): ReadonlyMap<string, Responsibilities> {
  const cached = cache.get(aims);
  if (cached) return cached;
  const byPerson = new Map<string, Responsibilities>();
  const of = (personId: string): Responsibilities => {
    let r = byPerson.get(personId);
    if (!r) {
      r = { aiSystemIds: new Set(), within: new Map(), exact: new Map() };
      byPerson.set(personId, r);
    }
    return r;
  };
  const hold = (personIds: Iterable<string>, kind: Held['kind'], id: string, refs: readonly string[]) => {
    for (const p of personIds) {
      const r = of(p);
      for (const ref of new Set(refs)) {
        const held = { kind, id, ref };
        push(r.exact, ref, held);
        for (const a of [ref, ...ancestorsOf(ref)]) push(r.within, a, held);
      }
    }
  };
  const members = new Map<string, readonly string[]>();
  for (const role of aims.roles) {
    const people = role.accountableChairId === undefined ? role.holderIds : [...role.holderIds, role.accountableChairId];
    members.set(role.id, people);
    if (role.areaRefs) hold(people, 'holds-role', role.id, role.areaRefs);
  }
  const owners = (o: { ownerId?: string | undefined; ownerRoleId?: string | undefined }): Set<string> => {
    const ids = new Set(o.ownerRoleId === undefined ? [] : (members.get(o.ownerRoleId) ?? []));
    if (o.ownerId !== undefined) ids.add(o.ownerId);
    return ids;
  };
  for (const s of aims.aiSystems) for (const p of owners(s)) of(p).aiSystemIds.add(s.id);
  // An excluded control is not implemented: owning its SoA entry is no work of one's own to audit.
  for (const e of aims.soaEntries) if (e.applicable) hold(owners(e), 'owns-soa-control', e.id, [e.controlId]);
  for (const d of aims.documents) if (d.requiredBy) hold(owners(d), 'owns-document', d.id, d.requiredBy);
  cache.set(aims, byPerson);
  return byPerson;
}

/** The records of a person that overlap the scope: inside a scope ref (6.1.3 in 6) or covering part of it (6 over 6.1.3). */
function overlapping(mine: Responsibilities, scopeRefs: readonly string[]): Map<string, { kind: Held['kind']; id: string; refs: Set<string> }> {
  const hits = new Map<string, { kind: Held['kind']; id: string; refs: Set<string> }>();
  const add = (h: Held) => {
    const key = `${h.kind}\u0000${h.id}`;
    const hit = hits.get(key);
    if (hit) hit.refs.add(h.ref);
    else hits.set(key, { kind: h.kind, id: h.id, refs: new Set([h.ref]) });
  };
  for (const s of new Set(scopeRefs)) {
    for (const h of mine.within.get(s) ?? []) add(h);
    for (const a of ancestorsOf(s)) for (const h of mine.exact.get(a) ?? []) add(h);
  }
  return hits;
}

const order: readonly Held['kind'][] = ['owns-soa-control', 'owns-document', 'holds-role'];

/** Everything that makes the auditor responsible for part of the area; empty when they are independent of it. */
export function independenceConflicts(auditor: string | { readonly id: string }, area: AuditArea, aims: AimsSnapshot): Conflict[] {
  const auditorId = typeof auditor === 'string' ? auditor : auditor.id;
  const conflicts: Conflict[] = [];
  if (area.auditeeIds?.includes(auditorId)) conflicts.push({ kind: 'auditee' });
  const mine = responsibilitiesOf(aims).get(auditorId);
  if (!mine) return conflicts;
  for (const id of new Set(area.scopeAiSystemIds)) if (mine.aiSystemIds.has(id)) conflicts.push({ kind: 'owns-ai-system', aiSystemId: id });
  const hits = [...overlapping(mine, area.scopeRefs).values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const h of hits) {
    const refs = [...h.refs];
    if (h.kind === 'owns-soa-control') conflicts.push({ kind: h.kind, soaEntryId: h.id, controlId: refs[0] ?? '' });
    else if (h.kind === 'owns-document') conflicts.push({ kind: h.kind, documentId: h.id, refs });
    else conflicts.push({ kind: h.kind, roleId: h.id, refs });
  }
  return conflicts;
}

/** Whether the auditor neither is audited, nor owns, built or operates any part of the audited area. */
export function isIndependentOf(auditor: string | { readonly id: string }, area: AuditArea, aims: AimsSnapshot): boolean {
  return independenceConflicts(auditor, area, aims).length === 0;
}
