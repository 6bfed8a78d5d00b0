// Uploads an evidence file: the bytes into the content-addressed store (disk or database), then the organisation's
// record of holding it — name, media type, size, who and when — in one audited transaction. The same file again
// changes nothing and answers what was recorded first.
import { safeFileName } from '../domain/file-names.ts';
import type { AimsDatabase, EvidenceBytes, EvidenceFileRow, WriteOptions } from '../store/index.ts';
import { evidenceFileIn, insertEvidenceFile, writeOrganisation } from '../store/writes.ts';

export interface EvidenceUpload {
  /** The bytes; a source that throws (over the size limit, a media type refused) leaves nothing stored. */
  readonly content: AsyncIterable<Uint8Array>;
  /** The name the client sent; kept only as a safe name, never as a path. */
  readonly fileName: string | undefined;
  /** What the content turned out to be, known once it has been read: its media type and size. */
  readonly inspected: () => { readonly mediaType: string; readonly size: number };
}

export interface UploadedEvidenceFile {
  readonly file: EvidenceFileRow;
  /** False when the organisation had uploaded the same content before. */
  readonly created: boolean;
}

export async function uploadEvidenceFile(db: AimsDatabase, organisationId: string, bytes: EvidenceBytes, upload: EvidenceUpload, options: WriteOptions): Promise<UploadedEvidenceFile> {
  const sha256 = await bytes.put(upload.content);
  const { mediaType, size } = upload.inspected();
  return writeOrganisation(db, organisationId, options, async (writer) => {
    const before = await evidenceFileIn(writer, sha256);
    if (before) return { file: before, created: false };
    const file: EvidenceFileRow = { sha256, fileName: safeFileName(upload.fileName, `${sha256.slice(0, 12)}`), mediaType, size, uploadedBy: options.actor, uploadedAt: writer.at };
    await insertEvidenceFile(writer, file);
    return { file, created: true };
  });
}
