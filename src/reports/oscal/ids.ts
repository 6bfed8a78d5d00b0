// Identifiers of the OSCAL documents: name-based (v5) UUIDs that stay the same across exports of the same records,
// OSCAL tokens for clause and control ids, and date-times that always carry a time zone.
import { createHash } from 'node:crypto';

/** The namespace of every OpenAIMS name-based UUID (a fixed random v4 UUID; never change it, or every uuid moves). */
export const OPENAIMS_UUID_NAMESPACE = '8cbd9c1a-a060-42b9-8a26-df42bcc407e3';

/** RFC 4122 §4.3 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace: string = OPENAIMS_UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Makes the uuids of one organisation: the same organisation and the same key always give the same uuid. */
export type UuidOf = (...key: readonly string[]) => string;

export const uuidsFor = (organisationId: string): UuidOf => (...key) => uuidV5([organisationId, ...key].join('\u001f'));

/** OSCAL's TokenDatatype: a letter or underscore first, then letters, digits, `.`, `-` or `_`. */
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
export const isToken = (value: string): boolean => TOKEN.test(value);

/**
 * A record id as an OSCAL token. Ids that already are tokens (`A.6.2.4`, `ORG-1`) stay as they are, so a reader
 * finds the SoA's words in the document; others get a prefix, and `_` and characters a token cannot hold are
 * escaped as `_xx_` so that two ids never meet in one token. `keepTokens: false` always prefixes, for ids that
 * share a space with ids of our own (roles).
 */
export function tokenOf(prefix: string, id: string, keepTokens = true): string {
  if (keepTokens && isToken(id) && !id.startsWith(`${prefix}-`) && !id.startsWith('clause-')) return id;
  const escaped = [...id].map((ch) => (/[\p{L}\p{N}.-]/u.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`)).join('');
  return `${prefix}-${escaped}`;
}

/** The OSCAL id of an ISO/IEC 42001 clause: `clause-4.1` (a token may not start with a digit). */
export const clauseToken = (clauseId: string): string => `clause-${clauseId}`;

/** A calendar date as a date-time with a time zone: the start of that day in UTC. */
export const dateTimeOf = (date: string): string => (date.length > 10 ? date : `${date}T00:00:00Z`);

/** OSCAL's StringDatatype (prop values, ids) holds one line with no outer whitespace. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
