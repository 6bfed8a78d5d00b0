// The store: the only code that touches a database or the evidence files. Its public API: opening a database and
// reading from it. The writers skip validation, so they are not here but in ./writes.ts, for src/services only.
export { openDatabase, isPostgresUrl, type AimsDatabase, type Dialect } from './database.ts';
export { listOrganisations, loadSnapshot } from './snapshot.ts';
export { getRecord, listRecords, type ListOptions, type RecordPage } from './records.ts';
export type { StoredRecord } from './read.ts';
export type { WriteOptions } from './writer.ts';
export type { Referrer } from './references.ts';
export { recordsReferencing } from './catalogue-references.ts';
export type { ReplaceOptions, ReplaceSummary, ChangeCounts } from './replace.ts';
export {
  readAuditEntries, hashEntry, GENESIS_HASH, ORGANISATION_REGISTER, type AuditEntry, type AuditAction, type ChainHead,
} from './audit-log.ts';
export {
  verifyAuditTrail, parseChainHead,
  type AuditVerification, type BrokenEntry, type OrganisationTrail, type AnchorCheck, type VerifyOptions,
} from './audit-verification.ts';
export type { RowDiscrepancy, RowVerification } from './row-verification.ts';
export { EvidenceStore, type EvidenceContent } from './evidence-store.ts';
export { DatabaseEvidenceStore, findEvidenceFile, listEvidenceFiles, type EvidenceBytes, type EvidenceFileRow } from './evidence-files.ts';
export { canonicalJson } from './canonical.ts';
export {
  countUsers, findUserByEmail, findUserById, insertFirstOwner, insertUserRecord, updatePasswordHash, membershipsOf, membershipIn,
  MEMBERSHIPS_REGISTER, membershipContent,
  membersOf, upsertMembership, deleteMembership, ownerCount, normaliseEmail,
  type UserRow, type MembershipRow, type MemberRow, type MembershipChange, type NewUser,
} from './accounts.ts';
export {
  insertSession, findSession, deleteSession, deleteSessionsOf, insertApiToken, findApiToken, apiTokensOf, revokeApiTokenRow, recordSignInFailure,
  countSignInFailures, clearAccountFailures, replaceSetupToken, setupTokenValid, insertInvitation, takeInvitation,
  type SessionRow, type ApiTokenRow, type ApiTokenListing, type FailureScope,
} from './sessions.ts';
export { queryRecords, recordHistory, recordReferrers, organisationHead, indexedFields, type RecordQuery, type QueriedPage } from './record-query.ts';
export { listEvidenceRequests, getEvidenceRequest, type StoredEvidenceRequest, type EvidenceRequestFilter } from './evidence-requests.ts';
