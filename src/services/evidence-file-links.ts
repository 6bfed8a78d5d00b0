// An evidence item that names a file (sha256) must name one the organisation uploaded: otherwise the register would
// point at evidence nobody can open. Judged when the hash is set or changed, so that records imported from a bundle
// whose files live elsewhere stay editable.
import { AppError, type RecordOf, type RegisterName } from '../domain/index.ts';
import { evidenceFileIn, type OrganisationWriter } from '../store/writes.ts';

export async function checkEvidenceFileLink(writer: OrganisationWriter, register: RegisterName, record: RecordOf<RegisterName>, before?: RecordOf<RegisterName>): Promise<void> {
  if (register !== 'evidenceItems') return;
  const sha256 = (record as RecordOf<'evidenceItems'>).sha256;
  if (!sha256 || sha256 === (before as RecordOf<'evidenceItems'> | undefined)?.sha256) return;
  if (await evidenceFileIn(writer, sha256)) return;
  throw new AppError('broken_reference', `Evidence item "${record.id}" names a file (sha256 ${sha256}) that was never uploaded to this organisation; upload it (POST /api/orgs/{org}/evidence-files) first. Nothing was written.`,
    [{ register, recordId: record.id, field: 'sha256', message: 'no uploaded evidence file with this SHA-256' }]);
}
