// Tests of document-uncontrolled: required documents need an owner, an approved version and a review date not passed;
// whether a document is reviewed or kept as a record follows what the clauses requiring it ask for (requirements model).
import { build, aimsOf } from '../../test/factories.ts';
import type { Document } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './document-uncontrolled.ts';

const owner = build.persons({ id: 'p-owner' });
// Controlled by default: owned, approved, review due 2027-06-01 (the factory's), checked as of 2026-11-01.
const doc = (over: Partial<Document> = {}) => build.documents({ ownerId: 'p-owner', ...over });
const policy = (documentId: string) => build.aiPolicies({ documentId });

testCheck(check, {
  valid: [
    { name: 'no required documents', aims: aimsOf({ documents: [build.documents()] }), outcome: 'not-applicable' },
    {
      name: 'the AI policy and a procedure required by 7.5, both controlled',
      aims: aimsOf({ persons: [owner], documents: [doc({ id: 'doc-policy' }), doc({ requiredBy: ['7.5', 'A.6.2.3'] })], aiPolicies: [policy('doc-policy')] }),
    },
    {
      name: 'a review date exactly today is not overdue',
      aims: aimsOf({ documents: [doc({ id: 'doc-policy', reviewDue: '2026-11-01' })], aiPolicies: [policy('doc-policy')] }),
    },
    {
      name: 'owned by a role, reviewed by interval from its latest approval',
      aims: aimsOf({
        documents: [doc({ id: 'doc-rm', ownerId: undefined, ownerRoleId: 'role-x', reviewDue: undefined, reviewIntervalMonths: 12, versions: [{ version: '2', status: 'approved', approvedOn: '2026-02-01' }] })],
        riskMethodologies: [build.riskMethodologies({ documentId: 'doc-rm' })],
      }),
    },
    {
      name: 'minutes are records: no review date needed',
      aims: aimsOf({
        documents: [doc({ id: 'doc-min', kind: 'procedure', reviewDue: undefined, reviewIntervalMonths: undefined })],
        managementReviews: [build.managementReviews({ minutesDocumentId: 'doc-min' })],
      }),
    },
    {
      name: 'superseded SoA versions, technical documentation of systems in development and planned reviews are not examined',
      aims: aimsOf({
        documents: [doc({ id: 'doc-soa2' }), build.documents({ id: 'doc-soa1', versions: [] }), build.documents({ id: 'doc-draft', versions: [{ version: '0.1', status: 'draft' }] })],
        soaVersions: [build.soaVersions({ issuedOn: '2025-01-01', documentId: 'doc-soa1' }), build.soaVersions({ issuedOn: '2026-05-01', documentId: 'doc-soa2' })],
        aiSystems: [build.aiSystems({ status: 'in-development', technicalDocumentationIds: ['doc-draft'] })],
        managementReviews: [build.managementReviews({ status: 'planned', minutesDocumentId: 'doc-missing' })],
      }),
    },
    {
      name: 'results a clause asks only to retain (8.2, 9.3.3) are records: no review date needed',
      aims: aimsOf({ documents: [doc({ id: 'doc-results', kind: 'other', requiredBy: ['8.2', '9.3.3'], reviewDue: undefined, reviewIntervalMonths: undefined })] }),
    },
  ],
  invalid: [
    {
      name: 'documentation a clause asks to maintain (the scope, 4.3) is reviewed even when filed as a record',
      aims: aimsOf({ documents: [doc({ id: 'doc-scope', title: 'AIMS scope', kind: 'record', requiredBy: ['4.3'], reviewDue: undefined, reviewIntervalMonths: undefined })] }),
      reports: [{ message: 'Document "AIMS scope" (doc-scope), which the AIMS needs as documented information for 4.3, has no review date.' }],
    },
    {
      name: 'a procedure for a clause that asks to retain records is still kept up to date',
      aims: aimsOf({ documents: [doc({ id: 'doc-ia-proc', kind: 'procedure', requiredBy: ['8.4'], reviewDue: undefined, reviewIntervalMonths: undefined })] }),
      reports: [{ message: 'which the AIMS needs as documented information for 8.4, has no review date.' }],
    },
    {
      name: 'a retained record still needs an owner and an approved version',
      aims: aimsOf({ documents: [build.documents({ id: 'doc-results', kind: 'other', requiredBy: ['9.3.3'], reviewDue: undefined, reviewIntervalMonths: undefined })] }),
      reports: [{ message: 'which the AIMS needs as a record kept for 9.3.3, has no owner.' }],
    },
    {
      name: 'the AI policy document with no owner, no approved version and no review date',
      aims: aimsOf({
        documents: [build.documents({ id: 'doc-policy', title: 'AI policy', reviewDue: undefined, reviewIntervalMonths: undefined, versions: [{ version: '0.9', status: 'draft' }] })],
        aiPolicies: [policy('doc-policy')],
      }),
      reports: [{
        message: 'Document "AI policy" (doc-policy), which the AIMS needs as the AI policy, has no owner, has no approved version and has no review date.',
        severity: 'minor', subjects: [{ register: 'documents', id: 'doc-policy' }],
      }],
    },
    {
      name: 'a required procedure past its review date by one day',
      aims: aimsOf({ documents: [doc({ id: 'doc-proc', requiredBy: ['8.1'], reviewDue: '2026-10-31' })] }),
      reports: [{ message: 'which the AIMS needs as documented information for 8.1, was due for review on 2026-10-31.' }],
    },
    {
      name: 'a long list of requiring clauses is cut short',
      aims: aimsOf({ documents: [doc({ requiredBy: ['8.1', 'A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3'], ownerId: undefined })] }),
      reports: [{ message: 'needs as documented information for 8.1, A.6.1.2, A.6.1.3 and 2 more, has no owner.' }],
    },
    {
      name: 'overdue by interval when no review date is recorded',
      aims: aimsOf({
        documents: [doc({ id: 'doc-scope', reviewDue: undefined, reviewIntervalMonths: 12, versions: [{ version: '1', status: 'approved', approvedOn: '2025-09-01' }] })],
        scopeStatements: [build.scopeStatements({ documentId: 'doc-scope' })],
      }),
      reports: [{ message: 'the AIMS scope statement, was due for review on 2026-09-01' }],
    },
    {
      name: 'one document serving several purposes is one report listing them',
      aims: aimsOf({
        documents: [doc({ id: 'doc-lc', ownerId: undefined })],
        aiSystems: [build.aiSystems({ id: 'ais-a', name: 'A', lifecycle: { modelDocumentId: 'doc-lc', stages: [], gates: [] } }), build.aiSystems({ id: 'ais-b', name: 'B', lifecycle: { modelDocumentId: 'doc-lc', stages: [], gates: [] } })],
        impactMethodologies: [build.impactMethodologies({ documentId: 'doc-lc' })],
      }),
      reports: [{ message: 'needs as the impact assessment methodology and the life-cycle procedure of AI system "A" (ais-a) and "B" (ais-b), has no owner.' }],
    },
    {
      name: 'technical documentation of a system in operation, and unapproved minutes: one finding listing both',
      now: '2026-11-01',
      aims: aimsOf({
        documents: [doc({ id: 'doc-tech', versions: [{ version: '1', status: 'superseded' }] }), doc({ id: 'doc-min', kind: 'record', versions: [] })],
        aiSystems: [build.aiSystems({ id: 'ais-op', technicalDocumentationIds: ['doc-tech'] })],
        managementReviews: [build.managementReviews({ title: 'Review 2026', heldOn: '2026-03-01', minutesDocumentId: 'doc-min' })],
      }),
      reports: [{
        message: '2 of the 2 documents the AIMS needs are not controlled', severity: 'minor', instances: 2,
        instanceMessages: ['(doc-tech), which the AIMS needs as the technical documentation of AI system', 'the minutes of management review "Review 2026" (2026-03-01), has no approved version.'],
        subjects: [{ register: 'documents', id: 'doc-tech' }, { register: 'documents', id: 'doc-min' }],
      }],
    },
    {
      name: 'a methodology naming a document that is not in the register',
      aims: aimsOf({ riskMethodologies: [build.riskMethodologies({ id: 'rm-1', documentId: 'doc-gone' })] }),
      reports: [{ message: 'Risk assessment methodology "rm-1" names doc-gone as its methodology text, but no such document is in the document register.', subjects: [{ register: 'riskMethodologies', id: 'rm-1' }], severity: 'minor' }],
    },
    {
      name: '2026-12-02: most documents the records name are not in the register: document control not operating, one major',
      aims: aimsOf({
        documents: [doc({ id: 'doc-policy' })],
        aiPolicies: [build.aiPolicies({ documentId: 'doc-policy' })],
        riskMethodologies: [build.riskMethodologies({ id: 'rm-1', documentId: 'doc-gone-1' })],
        impactMethodologies: [build.impactMethodologies({ id: 'im-1', documentId: 'doc-gone-2' })],
        scopeStatements: [build.scopeStatements({ id: 'scope-1', documentId: 'doc-gone-3' })],
      }),
      reports: [{ message: 'doc-gone-1', severity: 'major', instances: 3 }],
    },
  ],
});
