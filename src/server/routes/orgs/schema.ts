// Schemas of the organisation routes.
import { Type } from '@sinclair/typebox';
import { Organisation } from '../../../domain/index.ts';
import { actionsOf } from '../../../policies/index.ts';
import { RoleName } from '../session/schema.ts';

export const OrganisationSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: RoleName,
  externalAuditId: Type.Union([Type.String(), Type.Null()]),
});

export const OrganisationList = Type.Object({ items: Type.Array(OrganisationSummary) });

export const OrgParams = Type.Object({ org: Type.String({ minLength: 1 }) });

export const OrganisationResponse = Type.Object({
  organisation: Organisation,
  role: RoleName,
  version: Type.Object({ seq: Type.Integer(), hash: Type.String() }, { description: 'The head of the organisation\'s audit chain: it changes with every write.' }),
  allowedActions: Type.Array(Type.Union([...actionsOf.organisation, ...actionsOf.members].map((a) => Type.Literal(a)))),
});

export const CreateOrganisationBody = Type.Object({ organisation: Organisation }, { additionalProperties: false });

export const AuditTrailVerification = Type.Object({
  intact: Type.Boolean(),
  entries: Type.Integer({ minimum: 0, description: 'Entries verified.' }),
  broken: Type.Optional(Type.Object({ seq: Type.Integer(), reason: Type.String() }, { description: 'The first entry that does not verify.' })),
});
