// Deletes one record, unless other records still refer to it (they are named), at the version the caller saw.
import { AppError, registers, type RegisterName } from '../domain/index.ts';
import type { AimsDatabase, StoredRecord, WriteOptions } from '../store/index.ts';
import { writeOrganisation } from '../store/writes.ts';

/** Deletes `register`/`id` if it is at `expectedVersion` and nothing refers to it; returns the deleted record. */
export async function deleteRecord<R extends RegisterName>(
  db: AimsDatabase, organisationId: string, register: R, id: string, expectedVersion: number, options: WriteOptions,
): Promise<StoredRecord<R>> {
  return writeOrganisation(db, organisationId, options, async (writer) => {
    const current = await writer.get(register, id);
    // A missing or stale record is reported by the delete itself (not_found, version_conflict).
    if (current && current.version === expectedVersion) {
      const referrers = await writer.referrers(register, id);
      if (referrers.length > 0) {
        const what = `${registers[register].title} "${id}"`;
        throw new AppError('broken_reference',
          `${what} is still referred to by ${referrers.length} record${referrers.length === 1 ? '' : 's'}; change those first. Nothing was deleted.`,
          referrers.map((r) => ({ register: r.register, recordId: r.id, field: r.field, message: `refers to ${what}` })));
      }
    }
    return writer.delete(register, id, expectedVersion);
  });
}
