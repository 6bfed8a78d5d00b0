// Schemas of the evidence-file routes.
import { Type } from '@sinclair/typebox';

export const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'The SHA-256 of the content, 64 lowercase hexadecimal digits.' });

export const FileParams = Type.Object({ org: Type.String({ minLength: 1 }), sha256: Sha256 });

export const EvidenceFile = Type.Object({
  sha256: Sha256,
  fileName: Type.String({ description: 'The uploaded name made safe: never a path.' }),
  mediaType: Type.String({ description: 'Judged from the content, not the declared type.' }),
  size: Type.Integer({ minimum: 1, description: 'Bytes.' }),
  uploadedBy: Type.String({ description: 'Who uploaded it first, as the audit trail names them.' }),
  uploadedAt: Type.String({ format: 'date-time' }),
  download: Type.String({ description: 'Where to download it.' }),
});

export const UploadResponse = Type.Object({
  file: EvidenceFile,
  created: Type.Boolean({ description: 'False when the organisation had uploaded the same content before (the first record is kept).' }),
  evidenceItem: Type.Object({
    kind: Type.Literal('file'), sha256: Sha256, fileName: Type.String(), mediaType: Type.String(),
  }, { description: 'The fields an evidence item (POST …/evidence-items) takes to link this file.' }),
});

export const FileListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
}, { additionalProperties: false });

export const FileList = Type.Object({
  items: Type.Array(EvidenceFile), total: Type.Integer({ minimum: 0 }), page: Type.Integer({ minimum: 1 }), limit: Type.Integer({ minimum: 1 }),
});
