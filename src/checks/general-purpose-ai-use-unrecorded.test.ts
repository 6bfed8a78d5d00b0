// Tests of general-purpose-ai-use-unrecorded: staff use of general-purpose AI tools is in the inventory.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './general-purpose-ai-use-unrecorded.ts';

const tool = build.aiSystems({ id: 'ais-chat', name: 'Workplace chat assistant', generalPurposeTool: true, supplierIds: ['sup-chat'] });
const chatVendor = build.suppliers({ id: 'sup-chat', name: 'ChatCo', provides: ['ai-saas'] });
const modelVendor = build.suppliers({ id: 'sup-llm', name: 'Model Labs', provides: ['foundation-model'] });
const hosting = build.suppliers({ id: 'sup-host', name: 'Hosting', provides: ['compute'] });

testCheck(check, {
  valid: [
    { name: 'the staff tool is recorded, with its supplier', aims: aimsOf({ aiSystems: [tool], suppliers: [chatVendor, hosting] }) },
    {
      name: 'a foundation-model supplier used by a system, and a recorded tool',
      aims: aimsOf({ aiSystems: [tool, build.aiSystems({ supplierIds: ['sup-llm'] })], suppliers: [chatVendor, modelVendor] }),
    },
    {
      name: 'a tool recorded without the flag, described as one, its supplier named in its tooling',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-gpt', name: 'ChatGPT Enterprise for staff', purpose: 'Drafting', tooling: ['ChatCo Enterprise tenant'] })],
        suppliers: [chatVendor],
      }),
    },
    {
      name: 'an AI service named, by its first word, in a system’s compute resources',
      aims: aimsOf({
        aiSystems: [tool, build.aiSystems({ computeResources: ['Quill hosted service (EU region)'] })],
        suppliers: [chatVendor, build.suppliers({ id: 'sup-quill', name: 'Quill AI Ltd', provides: ['ai-saas'] })],
      }),
    },
  ],
  invalid: [
    {
      name: 'an AI service paid for that no inventory entry uses: minor among several',
      aims: aimsOf({
        aiSystems: [tool, build.aiSystems({ supplierIds: ['sup-llm'] }), build.aiSystems({ supplierIds: ['sup-x'] })],
        suppliers: [chatVendor, modelVendor, build.suppliers({ id: 'sup-x', provides: ['ai-saas'] }), build.suppliers({ id: 'sup-draft', name: 'DraftBot', provides: ['ai-saas'] })],
      }),
      reports: [{ message: '1 of the 4 suppliers of AI services or foundation models is used by no AI system in the inventory: "DraftBot" (sup-draft).', severity: 'minor', instances: 1, subjects: [{ register: 'suppliers', id: 'sup-draft' }] }],
    },
    {
      name: 'the only AI service is in no inventory entry: a single supplier is an isolated lapse, minor',
      aims: aimsOf({ suppliers: [chatVendor] }),
      reports: [{ message: '1 of the 1 suppliers of AI services or foundation models is used by no AI system', severity: 'minor' }],
    },
    {
      name: 'none of the AI services is in the inventory: systemic, major',
      aims: aimsOf({ suppliers: [chatVendor, modelVendor, hosting, build.suppliers({ id: 'sup-draft', name: 'DraftBot', provides: ['ai-saas'] })] }),
      reports: [{ message: '3 of the 3 suppliers of AI services or foundation models are used by no AI system', severity: 'major', instances: 3 }],
    },
    {
      name: 'records speak of ChatGPT, but no tool is recorded: needs review',
      aims: aimsOf({ documents: [build.documents({ id: 'doc-genai', title: 'Acceptable use of ChatGPT and other generative AI' })] }),
      reports: [{ outcome: 'needs-review', message: 'Records speak of general-purpose AI tools (ChatGPT and generative AI: documents/doc-genai)', subjects: [{ register: 'documents', id: 'doc-genai' }] }],
    },
    {
      name: 'nothing recorded, nothing mentioned: the auditor will still ask',
      aims: aimsOf({ aiSystems: [build.aiSystems()] }),
      reports: [{ outcome: 'needs-review', message: 'No general-purpose AI tool that staff use is recorded in the inventory' }],
    },
  ],
});
