// Evidence files of an organisation: which files it uploaded (one audited row each), and where the bytes are — the
// content-addressed disk store (one server), or a content-addressed table in the database (several servers).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { AppError } from '../domain/index.ts';
import { canonicalJson } from './canonical.ts';
import type { AimsDatabase } from './database.ts';
import type { EvidenceContent } from './evidence-store.ts';
import type { StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';
import type { OrganisationWriter } from './writer.ts';

export const EVIDENCE_FILES = 'evidence_files';
const EVIDENCE_BLOBS = 'evidence_blobs';
/** The register name of audit entries about uploaded files; the record id is the SHA-256. */
export const EVIDENCE_FILES_REGISTER = 'evidenceFiles';

/** Where evidence bytes go: what the disk store (EvidenceStore) and the database store both do. */
export interface EvidenceBytes {
  /** Stores the content and returns its SHA-256; the same content again changes nothing. A failing source stores nothing. */
  put(content: EvidenceContent): Promise<string>;
  has(sha256: string): Promise<boolean>;
  open(sha256: string): Promise<Readable>;
}

/** Evidence bytes in the database, one row per SHA-256: what every server sharing the database reaches. */
export class DatabaseEvidenceStore implements EvidenceBytes {
  constructor(readonly db: AimsDatabase) {}

  async put(content: EvidenceContent): Promise<string> {
    const chunks: Buffer[] = [];
    const source = typeof content === 'string' || content instanceof Uint8Array ? [Buffer.from(content)] : content;
    // The whole file is read before anything is written: a source that fails (too large, refused) leaves no row.
    for await (const chunk of source as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    const bytes = Buffer.concat(chunks);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await inTransaction(this.db, 'write', (trx) => trx.insertInto(EVIDENCE_BLOBS).values({ sha256, size: bytes.length, content: bytes as never })
      .onConflict((oc) => oc.column('sha256').doNothing()).execute());
    return sha256;
  }

  async has(sha256: string): Promise<boolean> {
    const row = await inTransaction(this.db, 'read', (trx) => trx.selectFrom(EVIDENCE_BLOBS).select('sha256').where('sha256', '=', sha256).executeTakeFirst());
    return row !== undefined;
  }

  async open(sha256: string): Promise<Readable> {
    const row = await inTransaction(this.db, 'read', (trx) => trx.selectFrom(EVIDENCE_BLOBS).select('content').where('sha256', '=', sha256).executeTakeFirst());
    if (!row) throw new AppError('not_found', `No evidence file with SHA-256 ${sha256}.`);
    return Readable.from([Buffer.from(row.content as unknown as Uint8Array)]);
  }
}

export interface EvidenceFileRow {
  readonly sha256: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

const fromRow = (r: Record<string, unknown>): EvidenceFileRow => ({
  sha256: r.sha256 as string, fileName: r.file_name as string, mediaType: r.media_type as string, size: Number(r.size),
  uploadedBy: r.uploaded_by as string, uploadedAt: r.uploaded_at as string,
});

/** What the audit entry of an upload records, and what row verification compares the row with. */
const entryOf = (f: EvidenceFileRow): string => canonicalJson(f as unknown as Record<string, unknown>);

export function findEvidenceFile(db: AimsDatabase, organisationId: string, sha256: string): Promise<EvidenceFileRow | undefined> {
  return inTransaction(db, 'read', async (trx) => {
    const row = await trx.selectFrom(EVIDENCE_FILES).selectAll().where('organisation_id', '=', organisationId).where('sha256', '=', sha256).executeTakeFirst();
    return row ? fromRow(row) : undefined;
  });
}

/** One page of the organisation's files, newest first. */
export function listEvidenceFiles(db: AimsDatabase, organisationId: string, page: { limit: number; offset: number }): Promise<{ total: number; items: EvidenceFileRow[] }> {
  return inTransaction(db, 'read', async (trx) => {
    const count = await trx.selectFrom(EVIDENCE_FILES).select((eb) => eb.fn.countAll().as('n')).where('organisation_id', '=', organisationId).executeTakeFirst();
    const rows = await trx.selectFrom(EVIDENCE_FILES).selectAll().where('organisation_id', '=', organisationId)
      .orderBy('uploaded_at', 'desc').orderBy('sha256').limit(page.limit).offset(page.offset).execute();
    return { total: Number(count?.n ?? 0), items: rows.map(fromRow) };
  });
}

/** Inside a write: the organisation's row for a file, if it uploaded it before. */
export async function evidenceFileIn(writer: OrganisationWriter, sha256: string): Promise<EvidenceFileRow | undefined> {
  const row = await writer.trx.selectFrom(EVIDENCE_FILES).selectAll().where('organisation_id', '=', writer.organisationId).where('sha256', '=', sha256).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Inside a write: records that the organisation holds the file, with its audit entry. */
export async function insertEvidenceFile(writer: OrganisationWriter, file: EvidenceFileRow): Promise<void> {
  await writer.trx.insertInto(EVIDENCE_FILES).values({
    organisation_id: writer.organisationId, sha256: file.sha256, file_name: file.fileName, media_type: file.mediaType,
    size: file.size, uploaded_by: file.uploadedBy, uploaded_at: file.uploadedAt,
  }).execute();
  writer.chain.append('create', EVIDENCE_FILES_REGISTER, file.sha256, null, entryOf(file));
}

/** The rows as their audit entries recorded them, so that verify-log proves these rows as it proves registers. */
export const evidenceFileRows = {
  register: EVIDENCE_FILES_REGISTER,
  async read(trx: StoreDb, organisationId: string): Promise<{ id: string; content: string }[]> {
    const rows = await trx.selectFrom(EVIDENCE_FILES).selectAll().where('organisation_id', '=', organisationId).execute();
    return rows.map((r) => { const f = fromRow(r); return { id: f.sha256, content: entryOf(f) }; });
  },
};
