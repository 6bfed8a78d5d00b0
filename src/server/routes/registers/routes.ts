// Every register over HTTP under /api/orgs/:org/<register>: list, read, create, update, delete, history, references.
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import { AppError, referencesOf, registerFileStem, registerNames, registers, type AnyRecord, type RegisterName } from '../../../domain/index.ts';
import { auditActorOf, authorize, permission, readFilter } from '../../../policies/index.ts';
import { createRecord } from '../../../services/create-record.ts';
import { deleteRecord } from '../../../services/delete-record.ts';
import { updateRecord } from '../../../services/update-record.ts';
import { getRecord, queryRecords, recordHistory, recordReferrers, type AimsDatabase, type StoredRecord } from '../../../store/index.ts';
import { errorResponses } from '../../errors.ts';
import { memberOf } from '../../route-policy.ts';
import { presentRecord, registerActions } from './present.ts';
import {
  createBody, DEFAULT_PAGE_SIZE, Deleted, DeleteQuery, HistoryResponse, listQuery, listResponse, RecordParams, ReferencesResponse, RegisterParams, storedItem, updateBody,
} from './schema.ts';
import { refuseChangedControlledVersions, refuseControlledDelete, refuseDroppedVersions } from './write-guards.ts';

type ListQuery = { limit?: number; page?: number; q?: string; sort?: string; order?: 'asc' | 'desc' } & Record<string, unknown>;
const PAGING = new Set(['limit', 'page', 'q', 'sort', 'order']);

const loadedOf = (request: { loaded?: StoredRecord }): StoredRecord => {
  if (!request.loaded) throw new AppError('not_found', 'There is no such record in this organisation.');
  return request.loaded;
};

const parseEntry = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function registerRoutes(app: FastifyInstance, db: AimsDatabase, register: RegisterName): void {
  const { schema, title } = registers[register];
  const base = `/orgs/:org/${registerFileStem(register)}`;
  const tags = [registerFileStem(register)];
  const subject = { kind: 'record', register } as const;
  const one = `${title.charAt(0).toLowerCase()}${title.slice(1)}`;

  app.get(base, {
    config: { policy: { kind: 'organisation', action: 'read', subject } },
    schema: { summary: `List ${one} records`, tags, params: RegisterParams, querystring: listQuery(register), response: { 200: listResponse(schema), ...errorResponses([400, 401, 403, 404]) } },
  }, async (request) => {
    const member = memberOf(request);
    const query = request.query as ListQuery;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page = query.page ?? 1;
    const filters = Object.fromEntries(Object.entries(query).filter(([k, v]) => !PAGING.has(k) && typeof v === 'string')) as Record<string, string>;
    const scope = readFilter(member, subject);
    if (scope === false) authorize(member, 'read', subject);
    const clash = scope ? Object.entries(scope).some(([k, v]) => filters[k] !== undefined && filters[k] !== v) : false;
    const { total, items } = clash ? { total: 0, items: [] } : await queryRecords(db, member.organisationId, register, {
      limit, offset: (page - 1) * limit, filters: { ...filters, ...(scope || {}) },
      ...(query.q ? { search: query.q } : {}), ...(query.sort ? { sort: query.sort } : {}), descending: query.order === 'desc',
    });
    return { items: items.map((s) => presentRecord(member, register, s)), total, page, limit, pages: Math.ceil(total / limit), allowedActions: registerActions(member, register) };
  });

  app.get(`${base}/:id`, {
    config: { policy: { kind: 'organisation', action: 'read', subject, target: 'record' } },
    schema: { summary: `Read one ${one}`, tags, params: RecordParams, response: { 200: storedItem(schema), ...errorResponses([401, 403, 404]) } },
  }, async (request) => presentRecord(memberOf(request), register, loadedOf(request)));

  app.post(base, {
    config: { policy: { kind: 'organisation', action: 'create', subject, target: 'body-record' } },
    schema: { summary: `Create a ${one}`, tags, params: RegisterParams, body: createBody(schema), response: { 201: storedItem(schema), ...errorResponses([400, 401, 403, 404, 409, 422]) } },
  }, async (request, reply) => {
    const member = memberOf(request);
    const record = (request.body as { record: AnyRecord }).record;
    const stored = await createRecord(db, member.organisationId, register, record, { actor: auditActorOf(member) });
    return reply.status(201).send(presentRecord(member, register, stored));
  });

  app.put(`${base}/:id`, {
    config: { policy: { kind: 'organisation', action: 'update', subject, target: 'record' } },
    schema: { summary: `Update a ${one} (send the version it was based on)`, tags, params: RecordParams, body: updateBody(schema), response: { 200: storedItem(schema), ...errorResponses([400, 401, 403, 404, 409, 422]) } },
  }, async (request, reply) => {
    const member = memberOf(request);
    const { record, version } = request.body as { record: AnyRecord; version: number };
    const { id } = request.params as { id: string };
    if (record.id !== id) throw new AppError('invalid_input', `The record's id "${record.id}" is not the id in the path "${id}"; ids do not change.`, [{ field: 'id', message: `must be "${id}"` }]);
    authorize(member, 'update', { kind: 'record', register, record });
    refuseDroppedVersions(register, loadedOf(request).record, record);
    refuseChangedControlledVersions(register, loadedOf(request).record, record);
    try {
      return presentRecord(member, register, await updateRecord(db, member.organisationId, register, record, version, { actor: auditActorOf(member) }));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'version_conflict') throw error;
      const current = await getRecord(db, member.organisationId, register, id);
      return (reply as FastifyReply).status(409).send({ error: error.code, message: error.message, details: error.details, ...(current ? { current: presentRecord(member, register, current) } : {}) });
    }
  });

  app.delete(`${base}/:id`, {
    config: { policy: { kind: 'organisation', action: 'delete', subject, target: 'record' } },
    schema: { summary: `Delete a ${one} nothing refers to`, tags, params: RecordParams, querystring: DeleteQuery, response: { 200: Deleted, ...errorResponses([401, 403, 404, 409]) } },
  }, async (request) => {
    const member = memberOf(request);
    const loaded = loadedOf(request);
    refuseControlledDelete(register, loaded.record);
    const version = (request.query as { version?: number }).version ?? loaded.version;
    try {
      const deleted = await deleteRecord(db, member.organisationId, register, loaded.record.id, version, { actor: auditActorOf(member) });
      return { deleted: { register, id: deleted.record.id, version: deleted.version } };
    } catch (error) {
      // Still referred to: a conflict with the referrers (named in details), not a broken reference of the request.
      if (error instanceof AppError && error.code === 'broken_reference') throw new AppError('still_referenced', error.message, error.details);
      throw error;
    }
  });

  app.get(`${base}/:id/history`, {
    config: { policy: { kind: 'organisation', action: 'read-history', subject, target: 'record' } },
    schema: { summary: `The audit trail of one ${one}`, tags, params: RecordParams, response: { 200: HistoryResponse, ...errorResponses([401, 403, 404]) } },
  }, async (request) => {
    const member = memberOf(request);
    const entries = await recordHistory(db, member.organisationId, register, loadedOf(request).record.id);
    return { items: entries.map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, before: parseEntry(e.before), after: parseEntry(e.after), hash: e.hash })) };
  });

  app.get(`${base}/:id/references`, {
    config: { policy: { kind: 'organisation', action: 'read', subject, target: 'record' } },
    schema: { summary: `What one ${one} refers to, and what refers to it`, tags, params: RecordParams, response: { 200: ReferencesResponse, ...errorResponses([401, 403, 404]) } },
  }, async (request) => {
    const member = memberOf(request);
    const loaded = loadedOf(request);
    const outgoing = [...referencesOf(register, loaded.record)].map((r) => ({ field: r.path, target: r.target, id: r.id }));
    const incoming = await recordReferrers(db, member.organisationId, register, loaded.record.id);
    // Only referrers the caller may read are named: an external auditor does not learn of the preparation records.
    const readable = incoming.filter((r) => permission(member, 'read', { kind: 'record', register: r.register }) !== 'no');
    return { outgoing, incoming: readable.map((r) => ({ register: r.register, id: r.id, field: r.field })) };
  });
}

export const registerRecordRoutes = (options: { readonly db: AimsDatabase }): FastifyPluginAsync => async (app) => {
  for (const register of registerNames) registerRoutes(app, options.db, register);
};
