// The pre-audit version freeze (7.5.3): the latest baseline, and the documents that moved since it was taken.
import { isAfter, isBefore, type IsoDateString } from '../dates.ts';
import { indexSnapshot, type AimsSnapshot, type Document, type DocumentVersion, type ExternalAudit, type FreezeBaseline } from '../model/index.ts';
import { auditEnd } from './findings.ts';

const versionDate = (v: DocumentVersion): IsoDateString | undefined => v.effectiveOn ?? v.approvedOn;

/** The version in force: the approved one with the latest effective (or approval) date; on a tie, the later in the list. */
export function currentApprovedVersion(document: Document): DocumentVersion | undefined {
  let best: DocumentVersion | undefined;
  for (const v of document.versions) {
    if (v.status !== 'approved') continue;
    if (!best || (versionDate(v) ?? '') >= (versionDate(best) ?? '')) best = v;
  }
  return best;
}

/** The most recent baseline by date; on a tie, the later in the register. */
export function latestFreezeBaseline(aims: Pick<AimsSnapshot, 'freezeBaselines'>): FreezeBaseline | undefined {
  let best: FreezeBaseline | undefined;
  for (const b of aims.freezeBaselines) if (!best || b.frozenOn >= best.frozenOn) best = b;
  return best;
}

export interface ActiveFreeze {
  readonly baseline: FreezeBaseline;
  /** The audit the freeze was for, when it names one. */
  readonly audit?: ExternalAudit;
  /** True once that audit was held and is over, or was cancelled: changes after it are ordinary maintenance. */
  readonly ended: boolean;
}

export function activeFreeze(aims: AimsSnapshot, now: IsoDateString): ActiveFreeze | undefined {
  const baseline = latestFreezeBaseline(aims);
  if (!baseline) return undefined;
  const audit = baseline.forAuditId ? indexSnapshot(aims).externalAudits.get(baseline.forAuditId) : undefined;
  const end = audit ? auditEnd(audit) : undefined;
  // A cancelled audit freezes nothing, whenever it was to be held.
  const ended = audit !== undefined && (audit.status === 'cancelled' || (audit.status === 'done' && end !== undefined && isBefore(end, now)));
  return { baseline, ...(audit ? { audit } : {}), ended };
}

export interface DocumentChange {
  readonly documentId: string;
  readonly title: string;
  /** The version the baseline froze, when the document is in it. */
  readonly frozenVersion?: string;
  readonly currentVersion?: string;
  /** Versions approved or made effective after the freeze date. */
  readonly versionsAfterFreeze: readonly { readonly version: string; readonly on: IsoDateString }[];
  readonly reasons: readonly string[];
}

/** Documents changed since a baseline: a version approved or effective after it, or a current version other than the frozen one. */
export function documentsChangedSince(aims: Pick<AimsSnapshot, 'documents'>, baseline: FreezeBaseline): DocumentChange[] {
  const frozen = new Map(baseline.documents.map((d) => [d.documentId, d.version]));
  const changes: DocumentChange[] = [];
  for (const document of aims.documents) {
    const frozenVersion = frozen.get(document.id);
    const current = currentApprovedVersion(document);
    const versionsAfterFreeze = document.versions
      .filter((v) => v.status === 'approved' || v.status === 'superseded')
      .map((v) => ({ version: v.version, on: [v.approvedOn, v.effectiveOn].filter((d): d is string => d !== undefined).sort().at(-1) }))
      .filter((v): v is { version: string; on: string } => v.on !== undefined && isAfter(v.on, baseline.frozenOn));
    const reasons: string[] = [];
    if (versionsAfterFreeze.length > 0) {
      reasons.push(`version ${versionsAfterFreeze.map((v) => `${v.version} (${v.on})`).join(', ')} approved or effective after the freeze of ${baseline.frozenOn}`);
    }
    if (frozenVersion !== undefined && current?.version !== frozenVersion) {
      reasons.push(current ? `current approved version ${current.version} is not the frozen ${frozenVersion}` : `no approved version now; ${frozenVersion} was frozen`);
    }
    if (reasons.length === 0) continue;
    changes.push({
      documentId: document.id,
      title: document.title,
      ...(frozenVersion !== undefined ? { frozenVersion } : {}),
      ...(current ? { currentVersion: current.version } : {}),
      versionsAfterFreeze,
      reasons,
    });
  }
  return changes;
}
