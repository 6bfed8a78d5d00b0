// Evidence files over HTTP: multipart upload into the content-addressed store (size-limited, media type judged by
// the content, nothing kept when refused), the organisation's list of files, and downloads with safe headers.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { AppError } from '../../../domain/index.ts';
import { asciiFileName } from '../../../domain/file-names.ts';
import { auditActorOf } from '../../../policies/index.ts';
import { uploadEvidenceFile } from '../../../services/upload-evidence-file.ts';
import { findEvidenceFile, listEvidenceFiles, type AimsDatabase, type EvidenceBytes, type EvidenceFileRow } from '../../../store/index.ts';
import { errorResponses } from '../../errors.ts';
import { memberOf, type RoutePolicy } from '../../route-policy.ts';
import { RegisterParams } from '../registers/schema.ts';
import { judgeMediaType, servedType, SNIFF_BYTES } from './media-types.ts';
import { FileList, FileListQuery, FileParams, UploadResponse } from './schema.ts';

export interface EvidenceFileOptions {
  readonly db: AimsDatabase;
  readonly bytes: EvidenceBytes;
  /** The largest file accepted, in bytes; a larger one answers 413 and nothing is kept. */
  readonly maxBytes: number;
}

// Uploading is adding evidence (what a control owner does); reading files is reading the evidence register.
const UPLOAD: RoutePolicy = { kind: 'organisation', action: 'create', subject: { kind: 'record', register: 'evidenceItems' } };
const READ: RoutePolicy = { kind: 'organisation', action: 'read', subject: { kind: 'record', register: 'evidenceItems' } };

const present = (org: string, f: EvidenceFileRow) => ({ ...f, download: `/api/orgs/${encodeURIComponent(org)}/evidence-files/${f.sha256}` });

const tooLarge = (max: number) => new AppError('too_large', `The file is larger than the ${max} bytes this server accepts as one evidence file; nothing was kept.`, [{ field: 'file', message: `more than ${max} bytes` }]);

/**
 * The upload's bytes as they pass to the store: the first SNIFF_BYTES are held until the media type is judged, so
 * a refused type never reaches it; a stream cut at the size limit throws at its end, before the store keeps it.
 */
function inspect(file: AsyncIterable<Buffer> & { truncated?: boolean }, declared: string, fileName: string, max: number) {
  const state = { size: 0, mediaType: '' };
  async function* content(): AsyncGenerator<Uint8Array> {
    let held: Buffer[] = [];
    let heldBytes = 0;
    let judged = false;
    for await (const chunk of file) {
      state.size += chunk.length;
      if (state.size > max) throw tooLarge(max);
      if (judged) {
        yield chunk;
        continue;
      }
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes >= SNIFF_BYTES) {
        state.mediaType = await judgeMediaType(Buffer.concat(held), false, declared, fileName);
        judged = true;
        yield* held;
        held = [];
      }
    }
    if (file.truncated) throw tooLarge(max);
    if (!judged) {
      state.mediaType = await judgeMediaType(Buffer.concat(held), true, declared, fileName);
      yield* held;
    }
  }
  return { content: content(), inspected: () => ({ mediaType: state.mediaType, size: state.size }) };
}

export const evidenceFileRoutes = (options: EvidenceFileOptions): FastifyPluginAsync => async (app: FastifyInstance) => {
  await app.register(multipart, { limits: { fileSize: options.maxBytes, files: 1, fields: 0, parts: 1, fieldSize: 0 } });

  app.post('/orgs/:org/evidence-files', {
    config: { policy: UPLOAD },
    schema: {
      summary: 'Upload an evidence file (multipart/form-data, one part named "file")', tags: ['evidence-files'], consumes: ['multipart/form-data'],
      params: RegisterParams, response: { 200: UploadResponse, 201: UploadResponse, ...errorResponses([400, 401, 403, 404, 413, 415]) },
    },
  }, async (request, reply) => {
    const member = memberOf(request);
    if (!request.isMultipart()) throw new AppError('invalid_input', 'Send the file as multipart/form-data, in one part named "file".', [{ field: 'file', message: 'missing' }]);
    const part = await request.file();
    if (!part || part.type !== 'file' || part.fieldname !== 'file') throw new AppError('invalid_input', 'Send the file in a part named "file".', [{ field: 'file', message: 'missing' }]);
    const upload = inspect(part.file, part.mimetype, part.filename, options.maxBytes);
    const { file, created } = await uploadEvidenceFile(options.db, member.organisationId, options.bytes, { content: upload.content, fileName: part.filename, inspected: upload.inspected }, { actor: auditActorOf(member) });
    return reply.status(created ? 201 : 200).send({
      file: present(member.organisationId, file), created, evidenceItem: { kind: 'file', sha256: file.sha256, fileName: file.fileName, mediaType: file.mediaType },
    });
  });

  app.get('/orgs/:org/evidence-files', {
    config: { policy: READ },
    schema: { summary: 'The evidence files the organisation uploaded, newest first', tags: ['evidence-files'], params: RegisterParams, querystring: FileListQuery, response: { 200: FileList, ...errorResponses([400, 401, 403, 404]) } },
  }, async (request) => {
    const member = memberOf(request);
    const { limit = 50, page = 1 } = request.query as { limit?: number; page?: number };
    const { total, items } = await listEvidenceFiles(options.db, member.organisationId, { limit, offset: (page - 1) * limit });
    return { items: items.map((f) => present(member.organisationId, f)), total, page, limit };
  });

  app.get('/orgs/:org/evidence-files/:sha256', {
    config: { policy: READ },
    schema: { summary: 'Download an evidence file (always as an attachment)', tags: ['evidence-files'], params: FileParams, produces: ['application/octet-stream'], response: { ...errorResponses([400, 401, 403, 404]) } },
  }, async (request, reply) => {
    const member = memberOf(request);
    const { sha256 } = request.params as { sha256: string };
    // Only files this organisation uploaded: the store is shared, but which files an organisation holds is not.
    const file = await findEvidenceFile(options.db, member.organisationId, sha256);
    if (!file) throw new AppError('not_found', `This organisation has no evidence file with SHA-256 ${sha256}.`, [{ field: 'sha256', message: 'not found' }]);
    const stream = await options.bytes.open(sha256);
    return reply
      .header('content-type', servedType(file.mediaType))
      .header('content-length', String(file.size))
      .header('content-disposition', `attachment; filename="${asciiFileName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, max-age=0, must-revalidate')
      .send(stream);
  });
};
