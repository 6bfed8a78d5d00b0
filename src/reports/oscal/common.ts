// What every OSCAL document of an organisation shares: its inputs, metadata, parties and roles, props and links.
import {
  findClause,
  findControl,
  indexSnapshot,
  type AimsSnapshot,
  type EvidenceItem,
  type Person,
  type Role,
  type SnapshotIndex,
} from '../../domain/index.ts';
import { clauseToken, dateTimeOf, oneLine, tokenOf, uuidsFor, type UuidOf } from './ids.ts';

export const OSCAL_VERSION = '1.2.1';
/** Namespace of the props and part names OpenAIMS adds; OSCAL's own names go without one. */
export const OPENAIMS_NS = 'https://openaims.org/ns/oscal';

/** Control wording an organisation imported from a catalog it holds a licence for, by clause or control id. */
export interface ControlStatement {
  readonly controlId: string;
  readonly statement: string;
  /** The title of the catalog it was imported from, shown as the statement's source. */
  readonly source: string;
}

/** The file names the documents are written under; their hrefs point at one another by these names. */
export const oscalFiles = {
  catalog: 'catalog.json',
  profile: 'profile.json',
  ssp: 'ssp.json',
  assessmentResults: 'assessment-results.json',
  poam: 'poam.json',
} as const;

export interface OscalContext {
  readonly aims: AimsSnapshot;
  readonly index: SnapshotIndex;
  /** The day the documents are as of (YYYY-MM-DD); it is also their last-modified time. */
  readonly now: string;
  readonly uuid: UuidOf;
  readonly statements: ReadonlyMap<string, ControlStatement>;
}

export function oscalContext(aims: AimsSnapshot, now: string, statements: readonly ControlStatement[] = []): OscalContext {
  return {
    aims,
    index: indexSnapshot(aims),
    now,
    uuid: uuidsFor(aims.organisation.id),
    statements: new Map(statements.map((s) => [s.controlId, s])),
  };
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type JsonObject = { [key: string]: Json | undefined };

export interface Prop extends JsonObject {
  name: string;
  value: string;
}

/** A prop of ours (in the OpenAIMS namespace), its value made one line as OSCAL requires. */
export const prop = (name: string, value: string | number | boolean): Prop => ({ name, ns: OPENAIMS_NS, value: oneLine(String(value)) });

/** Props without the ones whose value is missing or empty. */
export function props(...entries: readonly (readonly [string, string | number | boolean | undefined])[]): Prop[] | undefined {
  const list = entries.filter(([, v]) => v !== undefined && String(v).trim() !== '').map(([n, v]) => prop(n, v!));
  return list.length > 0 ? list : undefined;
}

/** The catalog id of a clause, Annex A control or organisation control; undefined for refs outside the catalog. */
export function catalogIdOf(ref: string, index: SnapshotIndex): string | undefined {
  if (findClause(ref)) return clauseToken(ref);
  if (findControl(ref)) return ref;
  if (index.customControls.has(ref)) return tokenOf('org', ref);
  return undefined;
}

export const partyUuid = (ctx: OscalContext, personId: string): string => ctx.uuid('party', 'person', personId);
export const organisationPartyUuid = (ctx: OscalContext): string => ctx.uuid('party', 'organisation');
export const roleToken = (role: Pick<Role, 'id'>): string => tokenOf('role', role.id, false);

export function personParty(ctx: OscalContext, person: Person): JsonObject {
  return {
    uuid: partyUuid(ctx, person.id),
    type: 'person',
    name: oneLine(person.name),
    props: props(['person-id', person.id], ['job-title', person.jobTitle], ['unit', person.unit]),
    'member-of-organizations': [organisationPartyUuid(ctx)],
  };
}

export function organisationParty(ctx: OscalContext): JsonObject {
  const org = ctx.aims.organisation;
  return { uuid: organisationPartyUuid(ctx), type: 'organization', name: oneLine(org.name), props: props(['organisation-id', org.id], ['sector', org.sector]) };
}

/** The parties of persons the document names (ids that resolve), in id order, after the organisation. */
export function partiesOf(ctx: OscalContext, personIds: Iterable<string | undefined>): JsonObject[] {
  const ids = [...new Set([...personIds].filter((id): id is string => id !== undefined && ctx.index.persons.has(id)))].sort();
  return [organisationParty(ctx), ...ids.map((id) => personParty(ctx, ctx.index.persons.get(id)!))];
}

export interface MetadataOptions {
  readonly title: string;
  readonly version: string;
  readonly roles?: readonly JsonObject[];
  readonly parties?: readonly JsonObject[];
  readonly responsibleParties?: readonly JsonObject[];
  readonly props?: readonly Prop[];
  readonly remarks?: string;
}

export function metadata(ctx: OscalContext, options: MetadataOptions): JsonObject {
  const nonEmpty = <T>(list: readonly T[] | undefined): T[] | undefined => (list && list.length > 0 ? [...list] : undefined);
  return {
    title: oneLine(options.title),
    'last-modified': dateTimeOf(ctx.now),
    version: oneLine(options.version),
    'oscal-version': OSCAL_VERSION,
    props: nonEmpty([prop('organisation-id', ctx.aims.organisation.id), prop('generator', 'OpenAIMS'), ...(options.props ?? [])]),
    roles: nonEmpty(options.roles),
    parties: nonEmpty(options.parties),
    'responsible-parties': nonEmpty(options.responsibleParties),
    remarks: options.remarks,
  };
}

export const role = (id: string, title: string, description?: string): JsonObject => ({ id, title: oneLine(title), description });

/** Who answers for a thing, as OSCAL responsible-roles: a named person under `personRole`, or one of our roles. */
export function responsibleRoles(ctx: OscalContext, owner: { ownerId?: string; ownerRoleId?: string }, personRole: string): JsonObject[] | undefined {
  const out: JsonObject[] = [];
  if (owner.ownerId && ctx.index.persons.has(owner.ownerId)) out.push({ 'role-id': personRole, 'party-uuids': [partyUuid(ctx, owner.ownerId)] });
  const r = owner.ownerRoleId ? ctx.index.roles.get(owner.ownerRoleId) : undefined;
  if (r) {
    const holders = r.holderIds.filter((id) => ctx.index.persons.has(id)).map((id) => partyUuid(ctx, id));
    out.push({ 'role-id': roleToken(r), 'party-uuids': holders.length > 0 ? holders : undefined });
  }
  return out.length > 0 ? out : undefined;
}

/** The OSCAL role of each of the organisation's roles, with its responsibilities as the description. */
export const organisationRoles = (ctx: OscalContext): JsonObject[] =>
  ctx.aims.roles.map((r) => role(roleToken(r), r.name, r.responsibilities.length > 0 ? r.responsibilities.join('\n\n') : undefined));

export const evidenceResourceUuid = (ctx: OscalContext, evidenceId: string): string => ctx.uuid('resource', 'evidence', evidenceId);

/** A back-matter resource for an evidence item: what it is, when it is of, and where it is. */
export function evidenceResource(ctx: OscalContext, item: EvidenceItem): JsonObject {
  return {
    uuid: evidenceResourceUuid(ctx, item.id),
    title: oneLine(item.title),
    description: item.description,
    props: props(['evidence-id', item.id], ['kind', item.kind], ['evidence-date', item.evidenceDate], ['valid-until', item.validUntil],
      ['file-name', item.fileName], ['sha256', item.sha256]),
    rlinks: item.url ? [{ href: item.url, 'media-type': item.mediaType }] : undefined,
  };
}

/** Drops undefined members everywhere, so documents compare and hash the same however they were built. */
export function clean<T extends Json | undefined>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => clean(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, clean(v)])) as T;
  }
  return value;
}
