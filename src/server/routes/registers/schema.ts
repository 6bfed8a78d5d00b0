// Schemas of the register routes, one set per register, built from the register's record schema.
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { registers, type RegisterName } from '../../../domain/index.ts';
import { actionsOf } from '../../../policies/index.ts';
import { indexedFields } from '../../../store/index.ts';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export const ActionName = Type.Union(actionsOf.record.map((a) => Type.Literal(a)));

export const Version = Type.Integer({ minimum: 1, description: 'The version the record is at: 1 on creation, one more with every change.' });

export const RecordParams = Type.Object({ org: Type.String({ minLength: 1 }), id: Type.String({ minLength: 1, maxLength: 128 }) });
export const RegisterParams = Type.Object({ org: Type.String({ minLength: 1 }) });

export const storedItem = (schema: TSchema) => Type.Object({
  record: schema,
  version: Version,
  allowedActions: Type.Array(ActionName, { description: 'What the caller may do to this record; the web app hides the rest.' }),
});

/** The query of a list page: paging, text search, sort, and an exact-value filter for each indexed field. */
export function listQuery(register: RegisterName): TObject {
  const fields = indexedFields(register);
  const filters = Object.fromEntries(fields.map((f) => [f, Type.Optional(Type.String({ minLength: 1, description: `Only records whose ${f} is this value.` }))]));
  return Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: `Records per page, at most ${MAX_PAGE_SIZE}.` })),
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1, description: 'Page number, from 1.' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: `Text the ${registers[register].label} contains (case-insensitive).` })),
    sort: Type.Optional(Type.Union(['id', 'label', ...fields].map((f) => Type.Literal(f)), { default: 'id' })),
    order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' })),
    ...filters,
  }, { additionalProperties: false });
}

export const listResponse = (schema: TSchema) => Type.Object({
  items: Type.Array(storedItem(schema)),
  total: Type.Integer({ minimum: 0, description: 'Records matching the query in all pages.' }),
  page: Type.Integer({ minimum: 1 }),
  limit: Type.Integer({ minimum: 1 }),
  pages: Type.Integer({ minimum: 0 }),
  allowedActions: Type.Array(ActionName, { description: 'What the caller may do with the register as a whole (create).' }),
});

export const createBody = (schema: TSchema) => Type.Object({ record: schema }, { additionalProperties: false });
export const updateBody = (schema: TSchema) => Type.Object({ record: schema, version: Version }, { additionalProperties: false });

export const DeleteQuery = Type.Object({
  version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version the caller saw; a later one refuses the delete (409).' })),
}, { additionalProperties: false });

export const Deleted = Type.Object({ deleted: Type.Object({ register: Type.String(), id: Type.String(), version: Version }) });

export const HistoryResponse = Type.Object({
  items: Type.Array(Type.Object({
    seq: Type.Integer({ description: 'Position in the organisation\'s hash-chained audit trail.' }),
    at: Type.String({ format: 'date-time' }),
    actor: Type.String({ description: 'Who made the change: the user\'s email (and the API token used), or the system.' }),
    action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('delete')]),
    before: Type.Unknown({ description: 'The record before the change; null for a create.' }),
    after: Type.Unknown({ description: 'The record after the change; null for a delete.' }),
    hash: Type.String(),
  })),
});

export const ReferencesResponse = Type.Object({
  outgoing: Type.Array(Type.Object({
    field: Type.String({ description: 'Where in this record, e.g. treatment.controlIds[1].' }),
    target: Type.String({ description: 'A register name, or clause, control, clauseOrControl for the catalogue.' }),
    id: Type.String(),
  }), { description: 'What this record refers to.' }),
  incoming: Type.Array(Type.Object({
    register: Type.String(),
    id: Type.String(),
    field: Type.String({ description: 'Where in the referring record.' }),
  }), { description: 'The records that refer to this one.' }),
});
