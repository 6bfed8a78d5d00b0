// Who may do what, as a table of rules (STYLE.md: like Outline's policies). Anything not allowed here is refused.
import { registerNames, type AnyRecord, type RegisterName } from '../domain/index.ts';
import type { MemberActor } from './actor.ts';
import { allow } from './allow.ts';
import type { Subject } from './subjects.ts';

const everyRole = ['owner', 'manager', 'contributor', 'internal-auditor', 'top-management', 'viewer'] as const;
const readers = everyRole;

/** The fields that name the Person accountable for a record: a control owner edits records these name them in. */
export const OWNER_FIELDS = ['ownerId', 'responsibleId', 'handlerId'] as const;

const recordOf = (subject: Subject): AnyRecord | undefined => (subject.kind === 'record' ? subject.record : undefined);
const field = (record: AnyRecord | undefined, name: string): unknown => (record as Record<string, unknown> | undefined)?.[name];

/** The record names the actor's Person as its owner (or responsible, or handler). */
export const ownsRecord = (actor: MemberActor, subject: Subject): boolean => {
  const record = recordOf(subject);
  return actor.personId !== null && OWNER_FIELDS.some((f) => field(record, f) === actor.personId);
};

/** A risk whose treatment names the actor's Person as the one to accept its residual risk. */
const namedAcceptor = (actor: MemberActor, subject: Subject): boolean => {
  const treatment = field(recordOf(subject), 'treatment') as { residualAcceptorId?: unknown } | undefined;
  return actor.personId !== null && treatment?.residualAcceptorId === actor.personId;
};

/** An internal audit whose auditors include the actor's Person. */
export const assignedAuditor = (actor: MemberActor, subject: Subject): boolean => {
  const auditors = field(recordOf(subject), 'auditorIds');
  return actor.personId !== null && Array.isArray(auditors) && auditors.includes(actor.personId);
};

/**
 * What an external auditor sees besides their audit: the AIMS the audit examines. Not the organisation's
 * preparation (mock interviews, readiness steps, freeze baselines) nor its choice of certification body.
 */
export const AUDITED_REGISTERS: readonly RegisterName[] = registerNames.filter((r) => ![
  'externalAudits', 'externalFindings', 'accreditationBodies', 'certificationBodies', 'proposals',
  'readinessSteps', 'mockInterviews', 'freezeBaselines',
].includes(r));

const theirAudit = (actor: MemberActor, subject: Subject): boolean =>
  actor.externalAuditId !== null && field(recordOf(subject), 'id') === actor.externalAuditId;
const ofTheirAudit = (actor: MemberActor, subject: Subject): boolean =>
  actor.externalAuditId !== null && field(recordOf(subject), 'auditId') === actor.externalAuditId;
const requestOfTheirAudit = (actor: MemberActor, subject: Subject): boolean =>
  subject.kind === 'evidence-request' && actor.externalAuditId !== null && subject.auditId === actor.externalAuditId;

// Owners and managers keep every register.
allow(['owner', 'manager'], ['read', 'create', 'update', 'delete', 'read-history'], 'record', undefined, { description: 'every record' });
// Everyone else in the organisation reads it, with its history.
allow(['contributor', 'internal-auditor', 'top-management', 'viewer'], ['read', 'read-history'], 'record', undefined, { description: 'every record' });
// Control owners: what they own.
allow('contributor', ['create', 'update'], 'record', ownsRecord, { description: 'records whose ownerId, responsibleId or handlerId is their Person' });
// Internal auditors: the audits they conduct.
allow('internal-auditor', 'update', { registers: ['internalAudits'] }, assignedAuditor, { description: 'internal audits listing their Person among auditorIds' });
// Approvals: top management approves policy, SoA and management review; document control by owners and managers too.
allow('top-management', 'approve', { registers: ['aiPolicies', 'soaVersions', 'managementReviews', 'documents'] }, undefined, { description: 'AI policy, SoA versions, management reviews, document versions' });
allow(['owner', 'manager'], 'approve', { registers: ['documents', 'soaVersions'] }, undefined, { description: 'document versions, SoA versions' });
// Residual risk: whoever may be designated management; the service then admits only the management the risk or
// its methodology designates (6.1.3), so an internal auditor or viewer never gets this far. A control owner only
// where the risk names them (as owner or as acceptor): a designation through a role needs the records around it.
allow(['owner', 'manager', 'top-management'], 'accept-residual', { registers: ['risks'] }, undefined, { description: 'residual risks, when the risk or its methodology designates them' });
allow('contributor', 'accept-residual', { registers: ['risks'] }, (actor, subject) => ownsRecord(actor, subject) || namedAcceptor(actor, subject), { description: 'residual risks they own or are named to accept' });
// Life-cycle gates: those who govern AI systems, and the control owner of the system.
allow(['owner', 'manager', 'top-management'], 'record-gate-decision', { registers: ['aiSystems'] }, undefined, { description: 'gate decisions of every AI system' });
allow('contributor', 'record-gate-decision', { registers: ['aiSystems'] }, ownsRecord, { description: 'gate decisions of AI systems they own' });
// Closing a nonconformity: those who manage corrective action, and its owner.
allow(['owner', 'manager'], 'close', { registers: ['nonconformities'] }, undefined, { description: 'every nonconformity' });
allow('contributor', 'close', { registers: ['nonconformities'] }, ownsRecord, { description: 'nonconformities they own' });
// External auditors: the audited AIMS, their own audit and its findings, read-only but for the findings and requests.
allow('external-auditor', 'read', { registers: AUDITED_REGISTERS }, undefined, { description: 'the audited AIMS registers' });
allow('external-auditor', 'read', { registers: ['externalAudits'] }, theirAudit, { description: 'their external audit', listFilter: (a) => ({ id: a.externalAuditId ?? '' }) });
allow('external-auditor', ['read', 'create', 'update'], { registers: ['externalFindings'] }, ofTheirAudit, { description: 'the findings of their audit', listFilter: (a) => ({ auditId: a.externalAuditId ?? '' }) });
allow('external-auditor', ['read', 'create', 'update'], 'evidence-request', requestOfTheirAudit, { description: 'the evidence requests of their audit' });
allow(['owner', 'manager'], ['read', 'create', 'update'], 'evidence-request', undefined, { description: 'every evidence request' });
allow(['contributor', 'internal-auditor', 'top-management', 'viewer'], 'read', 'evidence-request', undefined, { description: 'every evidence request' });

// The organisation as a whole.
allow([...everyRole, 'external-auditor'], 'read', 'organisation', undefined, { description: 'the organisation profile' });
allow(readers, 'read-readiness', 'organisation', undefined, { description: 'readiness, dashboard and certification records' });
allow(['owner', 'manager', 'internal-auditor'], 'verify-audit-trail', 'organisation', undefined, { description: 'the whole audit trail' });
allow(['owner', 'manager'], 'read-members', 'members', undefined, { description: 'members and their roles' });
allow('owner', 'manage-members', 'members', undefined, { description: 'add, change and remove members' });
