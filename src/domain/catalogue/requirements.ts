// The requirements model: for every clause 4–10 and Annex A control, the documented information ISO/IEC 42001 asks
// for (maintained, retained, both or none), the records that can evidence it and what they must hold to count, and
// what only an interview or an observation can show. Our own reading of the Standard, in our own words.
import type { AimsSnapshot, AnyRecord, RecordOf, RegisterName } from '../model/index.ts';
import { clauses } from './clauses.ts';

/**
 * `maintain`: documented information kept up to date (a policy, a procedure, the scope); `retain`: records kept as
 * evidence of what was done (results, minutes); `none`: the Standard asks for no documented information, so the
 * requirement is verified by interview or observation and is never a nonconformity for lacking records.
 */
export type DocumentedInformation = 'maintain' | 'retain' | 'maintain-and-retain' | 'none';

/** One piece of documented information a requirement asks for. */
export interface RequiredInformation {
  readonly kind: 'maintain' | 'retain';
  /** What it is, in our words. */
  readonly what: string;
}

/**
 * A kind of record that can evidence a requirement. `register`: a record of that register, when `accepts` says it
 * holds what is needed; `document`: a controlled document the organisation marks as required by the clause or
 * control; `evidence-item`: an evidence item naming it (or listed on the control's SoA entry) — with `attachedTo`,
 * only an item attached to a record of that register which itself counts (a file of an impact assessment, not any
 * file that mentions 8.4).
 */
export type EvidenceSource =
  | { readonly kind: 'register'; readonly register: RegisterName; readonly holds: string; readonly accepts?: (record: AnyRecord) => boolean }
  | { readonly kind: 'document'; readonly holds: string }
  | { readonly kind: 'evidence-item'; readonly holds: string; readonly attachedTo?: RegisterName };

export interface Requirement {
  readonly ref: string;
  readonly documentedInformation: DocumentedInformation;
  /** The documented information asked for; empty when none is. */
  readonly requires: readonly RequiredInformation[];
  /**
   * Records that evidence it. When documented information is required, only these count; when none is, they support
   * what the interview or observation shows but their absence is no gap.
   */
  readonly evidencedBy: readonly EvidenceSource[];
  /** What only talking to people or watching the work can show. */
  readonly verifiedBy: string;
  /**
   * For records that exist only once something happened (a nonconformity): until it has, there is nothing to
   * retain, and the requirement is verified by interview like one that asks for none.
   */
  readonly arises?: { readonly what: string; occurred(aims: AimsSnapshot): boolean };
}

/** A record of one register that counts when `accepts` holds; typed by the register. */
export function fromRegister<R extends RegisterName>(register: R, holds: string, accepts?: (record: RecordOf<R>) => boolean): EvidenceSource {
  return accepts === undefined
    ? { kind: 'register', register, holds }
    : { kind: 'register', register, holds, accepts: accepts as (record: AnyRecord) => boolean };
}

export const requiredDocument = (holds: string): EvidenceSource => ({ kind: 'document', holds });

export const evidenceItem = (holds: string, attachedTo?: RegisterName): EvidenceSource =>
  attachedTo === undefined ? { kind: 'evidence-item', holds } : { kind: 'evidence-item', holds, attachedTo };

export const maintained = (what: string): RequiredInformation => ({ kind: 'maintain', what });
export const retained = (what: string): RequiredInformation => ({ kind: 'retain', what });

/** A document or evidence item standing for maintained documented information: the file is the document. */
export const asDocument = (what: string): EvidenceSource[] => [requiredDocument(what), evidenceItem(what)];

export function requirement(
  ref: string, requires: RequiredInformation[], evidencedBy: EvidenceSource[], verifiedBy: string, arises?: Requirement['arises'],
): Requirement {
  return { ref, documentedInformation: documentedInformationOfRequired(requires), requires, evidencedBy, verifiedBy, ...(arises ? { arises } : {}) };
}

/** Combines kinds of documented information: maintained and retained together make both. */
export function combineDocumentedInformation(kinds: readonly DocumentedInformation[]): DocumentedInformation {
  const maintain = kinds.some((k) => k === 'maintain' || k === 'maintain-and-retain');
  const retain = kinds.some((k) => k === 'retain' || k === 'maintain-and-retain');
  return maintain && retain ? 'maintain-and-retain' : maintain ? 'maintain' : retain ? 'retain' : 'none';
}

export function documentedInformationOfRequired(requires: readonly RequiredInformation[]): DocumentedInformation {
  return combineDocumentedInformation(requires.map((r) => r.kind));
}

/** Requirement ids below a parent clause (its leaves), for deriving a parent's requirement. */
export function leafIdsBelow(parent: string): string[] {
  const children = clauses.filter((c) => c.parent === parent).map((c) => c.id);
  return children.length === 0 ? [parent] : children.flatMap(leafIdsBelow);
}
