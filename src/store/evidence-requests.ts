// Evidence requests (an external auditor's information request list) of an organisation: one row per request,
// its content as the canonical JSON its last audit entry recorded, with the audit and status apart for lists.
import { AppError, EvidenceRequest } from '../domain/index.ts';
import { canonicalJson } from './canonical.ts';
import type { AimsDatabase } from './database.ts';
import type { StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';
import type { OrganisationWriter } from './writer.ts';

export const EVIDENCE_REQUESTS = 'evidence_requests';
/** The register name of audit entries about evidence requests. */
export const EVIDENCE_REQUESTS_REGISTER = 'evidenceRequests';

export interface StoredEvidenceRequest {
  readonly request: EvidenceRequest;
  readonly version: number;
}

type Row = Record<string, unknown>;
/** The fields in the order the API shows them (the stored JSON is canonical, its keys sorted). */
const FIELD_ORDER = Object.keys(EvidenceRequest.properties) as (keyof EvidenceRequest)[];
const inOrder = (parsed: EvidenceRequest): EvidenceRequest =>
  Object.fromEntries(FIELD_ORDER.filter((k) => k in parsed).map((k) => [k, parsed[k]])) as EvidenceRequest;

const fromRow = (r: Row): StoredEvidenceRequest => ({ request: inOrder(JSON.parse(r.data as string) as EvidenceRequest), version: Number(r.version) });

export interface EvidenceRequestFilter {
  readonly auditId?: string;
  readonly status?: string;
}

/** The organisation's requests (of one audit, of one status), in the order they were made. */
export function listEvidenceRequests(db: AimsDatabase, organisationId: string, filter: EvidenceRequestFilter = {}): Promise<StoredEvidenceRequest[]> {
  return inTransaction(db, 'read', async (trx) => {
    let query = trx.selectFrom(EVIDENCE_REQUESTS).select(['data', 'version']).where('organisation_id', '=', organisationId);
    if (filter.auditId !== undefined) query = query.where('audit_id', '=', filter.auditId);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    const rows = await query.orderBy('seq').execute();
    return rows.map(fromRow);
  });
}

export const getEvidenceRequest = (db: AimsDatabase, organisationId: string, id: string): Promise<StoredEvidenceRequest | undefined> =>
  readEvidenceRequest(db.kysely, organisationId, id);

async function readEvidenceRequest(trx: StoreDb, organisationId: string, id: string): Promise<StoredEvidenceRequest | undefined> {
  const row = await trx.selectFrom(EVIDENCE_REQUESTS).select(['data', 'version']).where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** The number the next request of the organisation gets (ER-001, ER-002 …), read under the writer's lock. */
export async function nextEvidenceRequestNumber(writer: OrganisationWriter): Promise<number> {
  const row = await writer.trx.selectFrom(EVIDENCE_REQUESTS).select((eb) => eb.fn.max('seq').as('last'))
    .where('organisation_id', '=', writer.organisationId).executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertEvidenceRequest(writer: OrganisationWriter, request: EvidenceRequest, seq: number): Promise<StoredEvidenceRequest> {
  const data = canonicalJson(request);
  await writer.trx.insertInto(EVIDENCE_REQUESTS).values({
    organisation_id: writer.organisationId, id: request.id, seq, audit_id: request.auditId, status: request.status, data, version: 1,
    created_at: writer.at, updated_at: writer.at,
  }).execute();
  writer.chain.append('create', EVIDENCE_REQUESTS_REGISTER, request.id, null, data);
  return { request, version: 1 };
}

/** The request as it is inside the writer's transaction, for a service to judge a change against. */
export const evidenceRequestIn = (writer: OrganisationWriter, id: string): Promise<StoredEvidenceRequest | undefined> =>
  readEvidenceRequest(writer.trx, writer.organisationId, id);

/** Replaces a request still at `expectedVersion`; the caller has read it in the same transaction. */
export async function updateEvidenceRequest(writer: OrganisationWriter, request: EvidenceRequest, expectedVersion: number): Promise<StoredEvidenceRequest> {
  const current = await readEvidenceRequest(writer.trx, writer.organisationId, request.id);
  if (!current) throw new AppError('not_found', `There is no evidence request "${request.id}" in this organisation.`, [{ field: 'id', message: 'not found' }]);
  if (current.version !== expectedVersion) {
    throw new AppError('version_conflict', `Evidence request "${request.id}" was changed by someone else (it is at version ${current.version}, the change was based on version ${expectedVersion}). Nothing was written; reload it and apply the change again.`,
      [{ field: 'version', message: `is ${current.version}, not ${expectedVersion}` }]);
  }
  const before = canonicalJson(current.request);
  const after = canonicalJson(request);
  if (before === after) return current;
  await writer.trx.updateTable(EVIDENCE_REQUESTS).set({ status: request.status, data: after, version: current.version + 1, updated_at: writer.at })
    .where('organisation_id', '=', writer.organisationId).where('id', '=', request.id).execute();
  writer.chain.append('update', EVIDENCE_REQUESTS_REGISTER, request.id, before, after);
  return { request, version: current.version + 1 };
}

/** The requests as their audit entries recorded them, so that verify-log proves these rows as it proves registers. */
export const evidenceRequestRows = {
  register: EVIDENCE_REQUESTS_REGISTER,
  async read(trx: StoreDb, organisationId: string): Promise<{ id: string; content: string }[]> {
    const rows = await trx.selectFrom(EVIDENCE_REQUESTS).select(['id', 'data']).where('organisation_id', '=', organisationId).execute();
    return rows.map((r) => ({ id: r.id as string, content: canonicalJson(JSON.parse(r.data as string)) }));
  },
};
