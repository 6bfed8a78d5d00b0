// What counts as evidence of a clause or control, from the requirements model: which linked records are the
// documented information it asks for (the rest only support it), and whether it asks for records at all.
import {
  registers,
  requirementOf,
  requiresRecords,
  type AimsSnapshot,
  type AnyRecord,
  type RecordOf,
  type RegisterName,
  type Requirement,
} from '../../domain/index.ts';
import { assessFreshness } from './evidence-index-freshness.ts';
import type { EvidenceVia } from './evidence-index.ts';

export class RequirementMatcher {
  private readonly attached = new Map<string, Set<string>>();
  private readonly requiring = new Map<string, boolean>();

  constructor(
    private readonly aims: AimsSnapshot,
    private readonly now: string,
  ) {}

  /**
   * The refs a register's records are placed on: those registers.ts says it serves, and those whose requirement
   * names it as a source (risks evidence 6.1.1 too). Documents and evidence items are placed by their own links.
   */
  static refsServedBy(register: RegisterName, refs: readonly string[]): string[] {
    const served = new Set(registers[register].refs);
    if (register !== 'documents' && register !== 'evidenceItems') {
      for (const ref of refs) {
        if (requirementOf(ref)?.evidencedBy.some((s) => s.kind === 'register' && s.register === register)) served.add(ref);
      }
    }
    return [...served];
  }

  /** Whether the ref asks for records, given what has happened in this AIMS (a nonconformity must have arisen). */
  requiresRecords(ref: string): boolean {
    const requirement = requirementOf(ref);
    if (!requirement) return true; // an organisation's own control: whatever evidence it has counts
    let known = this.requiring.get(ref);
    if (known === undefined) this.requiring.set(ref, (known = requiresRecords(requirement, this.aims)));
    return known;
  }

  /** Whether a record linked to `ref` by `via` is documented information its requirement accepts. */
  satisfies(ref: string, register: RegisterName, via: EvidenceVia, record: AnyRecord): boolean {
    const requirement = requirementOf(ref);
    if (!requirement || requirement.documentedInformation === 'none') return true;
    for (const s of requirement.evidencedBy) {
      if (s.kind === 'register' && via === 'register' && s.register === register && (!s.accepts || s.accepts(record))) return true;
      if (s.kind === 'document' && via === 'document') return true;
      // A document marked as required by 7.5.x is in the register that evidences it, placed by its mark instead.
      if (s.kind === 'register' && s.register === 'documents' && register === 'documents' && (!s.accepts || s.accepts(record))) return true;
      if (s.kind === 'evidence-item' && (via === 'evidence-item' || via === 'soa-entry')) {
        if (s.attachedTo === undefined) return true;
        const links = (record as RecordOf<'evidenceItems'>).records ?? [];
        const accepted = this.acceptedIds(requirement, s.attachedTo);
        if (links.some((l) => l.register === s.attachedTo && accepted.has(l.id))) return true;
      }
    }
    return false;
  }

  /** Records of `register` that count for the requirement: an item attached to one of them is its file. */
  private acceptedIds(requirement: Requirement, register: RegisterName): Set<string> {
    const key = `${requirement.ref}\u0000${register}`;
    let ids = this.attached.get(key);
    if (ids) return ids;
    ids = new Set();
    const sources = requirement.evidencedBy.filter((s) => s.kind === 'register' && s.register === register);
    for (const record of this.aims[register] as readonly AnyRecord[]) {
      if (assessFreshness(register, record, this.now) === undefined) continue;
      if (sources.some((s) => s.kind === 'register' && (!s.accepts || s.accepts(record)))) ids.add(record.id);
    }
    this.attached.set(key, ids);
    return ids;
  }
}
