// Tests of technical-documentation-missing: linked, existing and (in operation) approved technical documentation.
import { build, aimsOf } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './technical-documentation-missing.ts';

const ais = build.aiSystems;
const techDoc = (id: string, status: 'draft' | 'in-review' | 'approved' | 'superseded' = 'approved') =>
  build.documents({ id, title: `Model card ${id}`, kind: 'technical-documentation', versions: [{ version: '1.0', status }] });

testCheck(check, {
  valid: [
    { name: 'no AI systems', aims: aimsOf(), outcome: 'not-applicable' },
    {
      name: 'only out-of-scope, retired and proposed systems',
      aims: aimsOf({ aiSystems: [ais({ inScope: false }), ais({ status: 'retired' }), ais({ status: 'proposed' })] }),
      outcome: 'not-applicable',
    },
    {
      name: 'a system in operation with approved technical documentation',
      aims: aimsOf({ aiSystems: [ais({ technicalDocumentationIds: ['doc-t'] })], documents: [techDoc('doc-t')] }),
    },
    {
      name: 'a system in development with draft documentation only',
      aims: aimsOf({ aiSystems: [ais({ status: 'in-development', technicalDocumentationIds: ['doc-d'] })], documents: [techDoc('doc-d', 'draft')] }),
    },
    {
      name: 'one approved document among drafts and a dangling link is enough',
      aims: aimsOf({ aiSystems: [ais({ technicalDocumentationIds: ['doc-gone', 'doc-d', 'doc-t'] })], documents: [techDoc('doc-d', 'draft'), techDoc('doc-t')] }),
    },
  ],
  invalid: [
    {
      name: 'the only system has no technical documentation: major',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-credit', name: 'Credit scoring' })] }),
      reports: [{ message: 'AI system "Credit scoring" (ais-credit) is in the AIMS scope and in operation, but no technical documentation is linked to it.', severity: 'major', subjects: [{ register: 'aiSystems', id: 'ais-credit' }] }],
    },
    {
      name: 'one undocumented system among documented ones: minor',
      aims: aimsOf({ aiSystems: [ais({ technicalDocumentationIds: ['doc-t'] }), ais({ id: 'ais-dev', status: 'in-development' })], documents: [techDoc('doc-t')] }),
      reports: [{ message: '(ais-dev) is in the AIMS scope and in development, but no technical documentation', severity: 'minor' }],
    },
    {
      name: 'links to documents that do not exist',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-x', technicalDocumentationIds: ['doc-gone'] })] }),
      reports: [{ message: 'the technical documentation it links (doc-gone) is not in the document register' }],
    },
    {
      name: 'a system in operation whose documentation is draft or superseded only',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-op', technicalDocumentationIds: ['doc-d', 'doc-s'] })], documents: [techDoc('doc-d', 'in-review'), techDoc('doc-s', 'superseded')] }),
      reports: [{
        message: 'none of its technical documentation ("Model card doc-d" (doc-d) and "Model card doc-s" (doc-s)) has an approved version',
        severity: 'minor', subjects: [{ register: 'aiSystems', id: 'ais-op' }, { register: 'documents', id: 'doc-d' }],
      }],
    },
    {
      name: 'in scope through the scope statement only',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-s', inScope: false })], scopeStatements: [build.scopeStatements({ includedAiSystemIds: ['ais-s'] })] }),
      reports: [{ subjects: [{ register: 'aiSystems', id: 'ais-s' }] }],
    },
    {
      name: 'odd data: a document without versions has no approved version',
      aims: aimsOf({ aiSystems: [ais({ technicalDocumentationIds: ['doc-empty'] })], documents: [build.documents({ id: 'doc-empty', versions: [] })] }),
      reports: [{ message: 'has an approved version' }],
    },
  ],
});
