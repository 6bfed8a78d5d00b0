// Tests of technical-documentation-missing: linked, existing and (in operation) approved technical documentation.
import { build, aimsOf } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './technical-documentation-missing.ts';

const ais = build.aiSystems;
const techDoc = (id: string, status: 'draft' | 'in-review' | 'approved' | 'superseded' = 'approved') =>
  build.documents({ id, title: `Model card ${id}`, kind: 'technical-documentation', versions: [{ version: '1.0', status }] });

const excludeA627 = (justification?: string) => build.soaEntries({ controlId: 'A.6.2.7', applicable: false, implementationStatus: 'not-applicable', ...(justification ? { justification } : {}) });
const ONLY_DEPLOYER = 'We only deploy third-party AI services; the providers hold and supply their technical documentation';

testCheck(check, {
  valid: [
    {
      name: 'issue 9 (2026-12-02): the SoA excludes A.6.2.7 with a justification: not applicable',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [ais(), ais({ status: 'in-development' })], soaEntries: [excludeA627(ONLY_DEPLOYER)] }),
      outcome: 'not-applicable',
    },
    {
      name: 'issue 9 (2026-12-02): a deployer of a high-risk system is not bound by Art 11, so the exclusion holds',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [ais({ euAiActRiskClass: 'high-risk', euAiActRole: 'deployer' })], soaEntries: [excludeA627(ONLY_DEPLOYER)] }),
      outcome: 'not-applicable',
    },
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
      name: 'issue 9 (2026-12-02): an exclusion without a justification leaves the control applying',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-x' })], soaEntries: [excludeA627()] }),
      reports: [{ message: 'no technical documentation is linked to it', subjects: [{ register: 'aiSystems', id: 'ais-x' }] }],
    },
    {
      name: 'issue 9 (2026-12-02): a justified exclusion does not release the provider of a high-risk system (EU AI Act Art 11)',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-hr', euAiActRiskClass: 'high-risk', euAiActRole: 'provider' }), ais({ id: 'ais-low' })], soaEntries: [excludeA627(ONLY_DEPLOYER)] }),
      reports: [{ subjects: [{ register: 'aiSystems', id: 'ais-hr' }] }],
    },
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
