// What the registers never allow whoever asks: controlled-document versions are not deleted, dropped or changed.
import { AppError, type AnyRecord, type RegisterName } from '../../../domain/index.ts';
import { canonicalJson } from '../../../store/index.ts';

const CONTROLLED = new Set(['approved', 'superseded']);

type Versions = { versions?: readonly { version: string; status: string }[] };

const controlledVersions = (record: AnyRecord): string[] =>
  ((record as Versions).versions ?? []).filter((v) => CONTROLLED.has(v.status)).map((v) => v.version);

/** A document with an approved or superseded version is controlled information (7.5.3): it is kept. */
export function refuseControlledDelete(register: RegisterName, record: AnyRecord): void {
  if (register !== 'documents') return;
  const kept = controlledVersions(record);
  if (kept.length === 0) return;
  throw new AppError('still_referenced', `Document "${record.id}" has controlled versions (${kept.join(', ')}); controlled documents are never deleted. Mark its versions superseded and set it aside instead.`,
    [{ register, recordId: record.id, field: 'versions', message: `approved or superseded versions ${kept.join(', ')} are kept` }]);
}

/** An update keeps every approved or superseded version of a document. */
export function refuseDroppedVersions(register: RegisterName, before: AnyRecord, after: AnyRecord): void {
  if (register !== 'documents') return;
  const present = new Set(((after as Versions).versions ?? []).map((v) => v.version));
  const dropped = controlledVersions(before).filter((v) => !present.has(v));
  if (dropped.length === 0) return;
  throw new AppError('invalid_input', `Document "${before.id}": controlled versions ${dropped.join(', ')} cannot be removed; nothing was changed.`,
    [{ register, recordId: before.id, field: 'versions', message: `must still hold versions ${dropped.join(', ')}` }]);
}

type VersionEntry = { version: string; status: string };

/**
 * An update never changes an approved or superseded version (only approved → superseded), and never approves one:
 * approval is a workflow of its own (POST …/documents/:id/approve) that records who approved and supersedes the last.
 */
export function refuseChangedControlledVersions(register: RegisterName, before: AnyRecord, after: AnyRecord): void {
  if (register !== 'documents') return;
  const was = new Map(((before as Versions).versions ?? []).map((v) => [v.version, v as VersionEntry]));
  const problems: { field: string; message: string }[] = [];
  ((after as Versions).versions ?? []).forEach((v, i) => {
    const old = was.get(v.version);
    if (old && CONTROLLED.has(old.status)) {
      const allowed = canonicalJson(v) === canonicalJson(old) || (old.status === 'approved' && canonicalJson({ ...v, status: 'approved' }) === canonicalJson(old));
      if (!allowed) problems.push({ field: `versions[${i}]`, message: `version ${v.version} is ${old.status} and cannot change` });
    } else if (v.status === 'approved' || v.status === 'superseded') {
      problems.push({ field: `versions[${i}].status`, message: `version ${v.version} is approved with POST /api/orgs/{org}/documents/${before.id}/approve, not by an update` });
    }
  });
  if (problems.length === 0) return;
  throw new AppError('invalid_input', `Document "${before.id}": approved versions never change, and a version is approved only through the approval step; nothing was changed.`,
    problems.map((p) => ({ register, recordId: before.id, ...p })));
}
