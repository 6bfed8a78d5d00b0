// Records of clauses 4 and 5: the organisation, its people and roles, context, interested parties and scope.
import { Type, type Static } from '@sinclair/typebox';
import { Enum, Id, IsoDate, Opt, Ref, Refs, Strict, Text } from './primitives.ts';

/** Who owns a thing: a named person, or a role (which may be a committee that then needs a named chair). */
export const ownedBy = () => ({
  ownerId: Opt(Ref('persons', 'The named individual accountable for it.')),
  ownerRoleId: Opt(Ref('roles', 'The role accountable for it, where a role rather than a person owns it.')),
});

export const aiRoles = ['provider', 'producer', 'developer', 'deployer', 'user', 'customer', 'partner', 'data-provider', 'importer', 'distributor'] as const;

/** The two responsibilities 5.3 asks top management to assign: a) conformance of the AIMS, b) reporting on its performance. */
export const aimsAssignments = ['aims-conformance', 'performance-reporting'] as const;

export const Organisation = Strict({
  id: Id('Organisation id; unique in the installation.'),
  name: Text(),
  sector: Text('Sector, e.g. financial services, healthcare, public sector.'),
  effectivePersonnel: Type.Integer({ minimum: 1, description: 'Effective number of personnel, the basis of audit-day calculations.' }),
  certifiedManagementSystems: Opt(Type.Array(Text(), { uniqueItems: true, description: 'Management systems already certified, e.g. ISO/IEC 27001.' })),
  aiRoles: Type.Array(Enum(aiRoles), { uniqueItems: true, description: 'The organisation’s roles with respect to AI (4.1).' }),
  description: Opt(Text()),
  managementSystemConsultants: Opt(Type.Array(Strict({
    name: Text('The person who gave the consultancy.'),
    firm: Opt(Text('The firm they worked for at the time.')),
    endedOn: IsoDate('When their consultancy to the organisation ended.'),
  }), { description: 'People who gave the organisation management-system consultancy: they stay off its certification audits for two years (ISO/IEC 17021-1).' })),
});

export const Site = Strict({
  id: Id(),
  name: Text(),
  country: Opt(Text()),
  central: Type.Boolean({ description: 'The central function, always audited in multi-site sampling.' }),
  personnel: Opt(Type.Integer({ minimum: 0 })),
  processes: Opt(Type.Array(Text(), {
    uniqueItems: true,
    description: 'The processes run at the site: multi-site sampling draws only from sites running the same processes (IAF MD 1); a site with processes of its own is visited at every audit.',
  })),
});

export const Person = Strict({
  id: Id(),
  name: Text(),
  email: Opt(Type.String({ format: 'email' })),
  jobTitle: Opt(Text()),
  unit: Opt(Text()),
  topManagement: Opt(Type.Boolean({ description: 'Member of top management (5.1).' })),
  inAimsScope: Type.Boolean({ description: 'Works under the organisation’s control within the AIMS (7.3 awareness applies).' }),
  active: Opt(Type.Boolean()),
});

export const Role = Strict({
  id: Id(),
  name: Text(),
  kind: Enum(['individual', 'committee'] as const),
  responsibilities: Type.Array(Text()),
  authorities: Opt(Type.Array(Text())),
  holderIds: Refs('persons', 'Named individuals holding the role.'),
  accountableChairId: Opt(Ref('persons', 'For a committee: the named individual accountable for its decisions.')),
  requiredCompetences: Type.Array(Text(), { description: 'Competences a holder must evidence (7.2).' }),
  areaRefs: Opt(Refs('clauseOrControl', 'Clauses and controls this role builds or operates, used to judge auditor independence.')),
  aimsAssignments: Opt(Type.Array(Enum(aimsAssignments), {
    uniqueItems: true,
    description: 'The two assignments of 5.3 this role carries: ensuring the AIMS conforms to ISO/IEC 42001, and reporting on its performance to top management.',
  })),
});

export const ContextIssue = Strict({
  id: Id(),
  title: Text(),
  kind: Enum(['internal', 'external'] as const),
  description: Opt(Text()),
  climateChange: Opt(Type.Boolean({ description: 'Marks the record of whether climate change is a relevant issue.' })),
  relevant: Type.Boolean(),
  reviewedOn: Opt(IsoDate()),
});

export const InterestedParty = Strict({
  id: Id(),
  name: Text(),
  category: Enum(['customer', 'user', 'affected-person', 'employee', 'regulator', 'supplier', 'partner', 'investor', 'society', 'other'] as const),
  needs: Type.Array(
    Strict({
      description: Text(),
      addressedByAims: Type.Boolean({ description: 'Whether the AIMS addresses this need (4.2).' }),
      how: Opt(Text()),
    }),
  ),
  reviewedOn: Opt(IsoDate()),
});

const Exclusion = <T extends ReturnType<typeof Ref> | ReturnType<typeof Text>>(what: T) =>
  Strict({ item: what, justification: Opt(Text('Why it is out of scope.')) });

export const ScopeStatement = Strict({
  id: Id(),
  statement: Text('The scope in the organisation’s words.'),
  documentId: Opt(Ref('documents')),
  includedAiSystemIds: Refs('aiSystems'),
  excludedAiSystems: Type.Array(Exclusion(Ref('aiSystems'))),
  includedUnits: Type.Array(Text()),
  excludedUnits: Type.Array(Exclusion(Text())),
  siteIds: Refs('sites'),
  excludedSites: Type.Array(Exclusion(Ref('sites'))),
  lifecycleStages: Type.Array(Text()),
  excludedLifecycleStages: Opt(Type.Array(Exclusion(Text()))),
  approvedById: Opt(Ref('persons')),
  approvedOn: Opt(IsoDate()),
});

export type Organisation = Static<typeof Organisation>;
export type Site = Static<typeof Site>;
export type Person = Static<typeof Person>;
export type Role = Static<typeof Role>;
export type ContextIssue = Static<typeof ContextIssue>;
export type InterestedParty = Static<typeof InterestedParty>;
export type ScopeStatement = Static<typeof ScopeStatement>;
