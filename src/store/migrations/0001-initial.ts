// Migration 0001: the organisations, every register of the AIMS with its link tables, and the audit trail.
// Migrations are history: never edit this file once released; add a new migration instead.
import { sql, type Kysely } from 'kysely';
import { createLinkTable, createRegisterTable } from './table-builders.ts';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    // The head of the organisation's audit chain, so that entries cut from its end are noticed too.
    .addColumn('audit_seq', 'integer', (c) => c.notNull())
    .addColumn('audit_hash', 'text', (c) => c.notNull())
    .execute();

  // Tables in dependency order: PostgreSQL needs the target of a foreign key to exist first.
  await createRegisterTable(db, 'sites', ['name']);
  await createRegisterTable(db, 'persons', ['name']);
  await createRegisterTable(db, 'roles', ['name', 'accountable_chair_id'], { accountable_chair_id: 'persons' });
  await createLinkTable(db, 'roles_holder_ids', 'roles', 'persons');
  await createRegisterTable(db, 'context_issues', ['title', 'reviewed_on']);
  await createRegisterTable(db, 'interested_parties', ['name', 'reviewed_on']);
  await createRegisterTable(db, 'documents',
    ['title', 'owner_id', 'owner_role_id', 'review_due'],
    { owner_id: 'persons', owner_role_id: 'roles' });
  await createRegisterTable(db, 'evidence_items',
    ['title', 'evidence_date', 'valid_until', 'owner_id', 'owner_role_id'],
    { owner_id: 'persons', owner_role_id: 'roles' });
  await createRegisterTable(db, 'suppliers',
    ['name', 'owner_id', 'owner_role_id', 'next_review_due'],
    { owner_id: 'persons', owner_role_id: 'roles' });
  await createRegisterTable(db, 'ai_systems',
    ['name', 'owner_id', 'owner_role_id', 'status', 'last_significant_change_on'],
    { owner_id: 'persons', owner_role_id: 'roles' });
  await createLinkTable(db, 'ai_systems_supplier_ids', 'ai_systems', 'suppliers');
  await createLinkTable(db, 'ai_systems_technical_documentation_ids', 'ai_systems', 'documents');
  await createRegisterTable(db, 'scope_statements',
    ['statement', 'document_id', 'approved_by_id', 'approved_on'],
    { document_id: 'documents', approved_by_id: 'persons' });
  await createLinkTable(db, 'scope_statements_included_ai_system_ids', 'scope_statements', 'ai_systems');
  await createLinkTable(db, 'scope_statements_site_ids', 'scope_statements', 'sites');
  await createRegisterTable(db, 'ai_objectives',
    ['title', 'annex_c_objective', 'due_date', 'owner_id', 'owner_role_id'],
    { owner_id: 'persons', owner_role_id: 'roles' });
  await createRegisterTable(db, 'ai_policies',
    ['title', 'document_id', 'approved_by_id', 'approved_on', 'last_reviewed_on', 'next_review_due'],
    { document_id: 'documents', approved_by_id: 'persons' });
  await createLinkTable(db, 'ai_policies_objective_ids', 'ai_policies', 'ai_objectives');
  await createRegisterTable(db, 'risk_methodologies',
    ['document_id', 'approved_by_id', 'approved_on'],
    { document_id: 'documents', approved_by_id: 'persons' });
  await createRegisterTable(db, 'impact_methodologies',
    ['document_id', 'approved_by_id', 'approved_on'],
    { document_id: 'documents', approved_by_id: 'persons' });
  await createRegisterTable(db, 'custom_controls', ['title']);
  await createRegisterTable(db, 'risks',
    ['title', 'owner_id', 'owner_role_id', 'assessed_on', 'next_review_due', 'status'],
    { owner_id: 'persons', owner_role_id: 'roles' });
  await createLinkTable(db, 'risks_ai_system_ids', 'risks', 'ai_systems');
  await createLinkTable(db, 'risks_objective_ids', 'risks', 'ai_objectives');
  await createRegisterTable(db, 'soa_entries',
    ['control_id', 'owner_id', 'owner_role_id'],
    { owner_id: 'persons', owner_role_id: 'roles' });
  await createLinkTable(db, 'soa_entries_risk_ids', 'soa_entries', 'risks');
  await createLinkTable(db, 'soa_entries_evidence_ids', 'soa_entries', 'evidence_items');
  await createRegisterTable(db, 'soa_versions',
    ['version_value', 'issued_on', 'document_id', 'approved_by_id', 'approved_on'],
    { document_id: 'documents', approved_by_id: 'persons' });
  await createRegisterTable(db, 'planned_changes',
    ['title', 'responsible_id', 'planned_for', 'status', 'completed_on'],
    { responsible_id: 'persons' });
  await createLinkTable(db, 'planned_changes_ai_system_ids', 'planned_changes', 'ai_systems');
  await createRegisterTable(db, 'datasets', ['name', 'supplier_id'], { supplier_id: 'suppliers' });
  await createLinkTable(db, 'datasets_ai_system_ids', 'datasets', 'ai_systems');
  await createRegisterTable(db, 'impact_assessments',
    ['ai_system_id', 'methodology_id', 'assessor_id', 'assessed_on', 'next_review_due', 'approved_by_id', 'approved_on', 'document_id'],
    {
      ai_system_id: 'ai_systems',
      methodology_id: 'impact_methodologies',
      assessor_id: 'persons',
      approved_by_id: 'persons',
      document_id: 'documents',
    });
  await createRegisterTable(db, 'customer_expectations', ['customer', 'reviewed_on']);
  await createLinkTable(db, 'customer_expectations_ai_system_ids', 'customer_expectations', 'ai_systems');
  await createRegisterTable(db, 'competence_evidence',
    ['person_id', 'competence', 'obtained_on', 'expires_on', 'verified_by_id'],
    { person_id: 'persons', verified_by_id: 'persons' });
  await createLinkTable(db, 'competence_evidence_evidence_ids', 'competence_evidence', 'evidence_items');
  await createRegisterTable(db, 'awareness_records', ['person_id', 'date'], { person_id: 'persons' });
  await createLinkTable(db, 'awareness_records_evidence_ids', 'awareness_records', 'evidence_items');
  await createRegisterTable(db, 'communication_plan', ['what', 'responsible_id'], { responsible_id: 'persons' });
  await createLinkTable(db, 'communication_plan_ai_system_ids', 'communication_plan', 'ai_systems');
  await createRegisterTable(db, 'communication_log',
    ['plan_entry_id', 'date', 'subject'],
    { plan_entry_id: 'communication_plan' });
  await createLinkTable(db, 'communication_log_ai_system_ids', 'communication_log', 'ai_systems');
  await createLinkTable(db, 'communication_log_evidence_ids', 'communication_log', 'evidence_items');
  await createRegisterTable(db, 'monitoring_metrics',
    ['name', 'owner_id', 'owner_role_id', 'ai_system_id'],
    { owner_id: 'persons', owner_role_id: 'roles', ai_system_id: 'ai_systems' });
  await createRegisterTable(db, 'nonconformities',
    ['title', 'raised_on', 'owner_id', 'owner_role_id', 'status', 'closed_on'],
    { owner_id: 'persons', owner_role_id: 'roles' });
  await createRegisterTable(db, 'incidents',
    ['title', 'ai_system_id', 'occurred_on', 'detected_on', 'reported_to_authority_on', 'nonconformity_id', 'status', 'closed_on'],
    { ai_system_id: 'ai_systems', nonconformity_id: 'nonconformities' });
  await createRegisterTable(db, 'concern_reports',
    ['received_on', 'ai_system_id', 'summary', 'handler_id', 'status', 'closed_on'],
    { ai_system_id: 'ai_systems', handler_id: 'persons' });
  await createRegisterTable(db, 'internal_audit_programmes',
    ['title', 'period_start', 'period_end', 'owner_id', 'owner_role_id', 'approved_by_id', 'approved_on'],
    { owner_id: 'persons', owner_role_id: 'roles', approved_by_id: 'persons' });
  await createRegisterTable(db, 'internal_audits',
    ['programme_id', 'title', 'status', 'planned_on', 'completed_on', 'report_document_id', 'report_issued_on'],
    { programme_id: 'internal_audit_programmes', report_document_id: 'documents' });
  await createLinkTable(db, 'internal_audits_scope_ai_system_ids', 'internal_audits', 'ai_systems');
  await createLinkTable(db, 'internal_audits_auditor_ids', 'internal_audits', 'persons');
  await createLinkTable(db, 'internal_audits_auditee_ids', 'internal_audits', 'persons');
  await createRegisterTable(db, 'management_reviews',
    ['title', 'status', 'held_on', 'chair_id', 'minutes_document_id'],
    { chair_id: 'persons', minutes_document_id: 'documents' });
  await createLinkTable(db, 'management_reviews_attendee_ids', 'management_reviews', 'persons');
  await createRegisterTable(db, 'accreditation_bodies', ['acronym']);
  await createRegisterTable(db, 'certification_bodies', ['name', 'status', 'consultancy_to_organisation_last_on']);
  await createRegisterTable(db, 'proposals',
    ['certification_body_id', 'received_on'],
    { certification_body_id: 'certification_bodies' });
  await createRegisterTable(db, 'certificates',
    ['certification_body_id', 'number', 'decision_on', 'expires_on', 'status'],
    { certification_body_id: 'certification_bodies' });
  await createRegisterTable(db, 'external_audits',
    ['kind', 'certification_body_id', 'planned_start', 'planned_end', 'actual_start', 'actual_end', 'status'],
    { certification_body_id: 'certification_bodies' });
  await createLinkTable(db, 'external_audits_sampled_ai_system_ids', 'external_audits', 'ai_systems');
  await createRegisterTable(db, 'external_findings',
    ['audit_id', 'description', 'raised_on', 'nonconformity_id', 'status', 'closed_on', 'verified_in_audit_id'],
    { audit_id: 'external_audits', nonconformity_id: 'nonconformities', verified_in_audit_id: 'external_audits' });
  await createRegisterTable(db, 'readiness_steps',
    ['step', 'owner_id', 'due_date', 'status', 'completed_on'],
    { owner_id: 'persons' });
  await createRegisterTable(db, 'mock_interviews',
    ['interviewee_id', 'interviewer_id', 'held_on'],
    { interviewee_id: 'persons', interviewer_id: 'persons' });
  await createLinkTable(db, 'mock_interviews_ai_system_ids', 'mock_interviews', 'ai_systems');
  await createRegisterTable(db, 'freeze_baselines',
    ['frozen_on', 'for_audit_id', 'approved_by_id'],
    { for_audit_id: 'external_audits', approved_by_id: 'persons' });

  await db.schema
    .createTable('audit_log')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('create', 'update', 'delete')`))
    .addColumn('register', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_log_pkey', ['organisation_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_log_record_idx').on('audit_log').columns(['organisation_id', 'register', 'record_id']).execute();
}

// No `down`: the store only migrates forward; a backup (aims backup) is the way back.
export const migration0001 = { up };
