// general-purpose-ai-use-unrecorded (4.3, A.9.2): staff use of general-purpose AI tools (chat and coding assistants,
// office copilots) missing from the AI system inventory, so the AIMS does not govern it.
import type { AiSystem, AimsSnapshot } from '../domain/index.ts';
import { generalPurposeAiSignals } from '../domain/predicates/text-signals.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import type { Subject } from './types.ts';

export default defineCheck({
  id: 'general-purpose-ai-use-unrecorded',
  meta: {
    title: 'Staff use of general-purpose AI tools is recorded in the AI system inventory',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['4.3', 'A.9.2'],
    description:
      'Almost every organisation’s staff use general-purpose AI tools: a chat assistant to draft text, a coding ' +
      'assistant, an office copilot. The auditor asks which ones, and looks for them in the AI system inventory with ' +
      'an owner and rules for their use. An AI service the organisation pays for that no inventory entry names, or ' +
      'records that speak of such tools while the inventory lists none, show use the AIMS does not govern.',
    messages: {
      serviceNotInInventory:
        '{{count}} of the {{examined}} suppliers of AI services or foundation models {{are}} used by no AI system in the inventory: {{suppliers}}. If staff use {{them}} directly, the use is not recorded.',
      mentionedNotRecorded:
        'Records speak of general-purpose AI tools ({{signals}}: {{where}}), but no AI system in the inventory is recorded as a general-purpose tool staff use; confirm and record that use.',
      noneRecorded:
        'No general-purpose AI tool that staff use is recorded in the inventory; confirm that staff use none (and how that is enforced), or record each tool.',
    },
    fix:
      'Record {{todo}} in the AI system inventory as a general-purpose tool (generalPurposeTool), with its owner, ' +
      'supplier, intended use and the rules for staff use, and bring it into the AIMS scope or exclude it with a reason.',
  },
  run({ aims, report, pass }) {
    const recorded = aims.aiSystems.filter((s) => s.status !== 'retired' && isGeneralPurposeTool(s));
    const used = new Set<string>([...aims.aiSystems.flatMap((s) => s.supplierIds), ...aims.datasets.flatMap((d) => (d.supplierId ? [d.supplierId] : []))]);
    const services = aims.suppliers.filter((s) => s.provides.includes('ai-saas') || s.provides.includes('foundation-model'));
    // An inventory entry that names the supplier in its text records the use, even where the link was not set.
    const inventoryText = aims.aiSystems.map((s) => [s.name, s.purpose, ...(s.tooling ?? []), ...(s.computeResources ?? [])].join(' ').toLowerCase());
    const unrecorded = services.filter((s) => !used.has(s.id) && !inventoryText.some((t) => namesSupplier(t, s.name)));
    if (unrecorded.length > 0) {
      report({
        messageId: 'serviceNotInInventory',
        grade: { examined: services.length },
        instances: unrecorded.map((s) => ({ subjects: [subjectOf('suppliers', s)], text: `Supplier ${named(s)} provides ${s.provides.includes('foundation-model') ? 'a foundation model' : 'an AI service'} that no AI system or dataset of the inventory names.` })),
        data: {
          count: unrecorded.length, examined: services.length, are: unrecorded.length === 1 ? 'is' : 'are', them: unrecorded.length === 1 ? 'it' : 'them',
          suppliers: listForMessage(unrecorded.map(named), 5), todo: `the use of ${listForMessage(unrecorded.map((s) => s.name), 5)}`,
        },
        subjects: [],
      });
    }
    if (recorded.length > 0) {
      pass(recorded.map((s) => subjectOf('aiSystems', s)));
      return;
    }
    const mentions = mentionsOfTools(aims);
    if (mentions.length > 0) {
      report({
        messageId: 'mentionedNotRecorded',
        outcome: 'needs-review',
        severity: 'minor',
        data: {
          signals: listForMessage([...new Set(mentions.flatMap((m) => m.signals))]),
          where: listForMessage(mentions.map((m) => `${m.subject.register}/${m.subject.id}`), 3),
          todo: 'each general-purpose AI tool these records speak of',
        },
        subjects: mentions.map((m) => m.subject),
      });
      return;
    }
    if (unrecorded.length === 0) {
      report({ messageId: 'noneRecorded', outcome: 'needs-review', severity: 'minor', data: { todo: 'each general-purpose AI tool staff use' }, subjects: [organisationSubject(aims)] });
    }
  },
});

/**
 * Recorded as a general-purpose tool staff use: marked so, classed general-purpose under the EU AI Act and used (not
 * provided) by the organisation, or described as one (a chat or coding assistant, a copilot, ChatGPT …).
 */
function isGeneralPurposeTool(s: AiSystem): boolean {
  if (s.generalPurposeTool !== undefined) return s.generalPurposeTool;
  const generalPurposeClass = s.euAiActRiskClass === 'general-purpose' || s.euAiActRiskClass === 'general-purpose-systemic';
  if (generalPurposeClass && s.euAiActRole !== 'provider') return true;
  return generalPurposeAiSignals(`${s.name} ${s.purpose}`).length > 0;
}

/** Whether an inventory text names the supplier: its name, or the first word of it that is a name rather than a form. */
function namesSupplier(text: string, supplierName: string): boolean {
  const name = supplierName.toLowerCase();
  if (text.includes(name)) return true;
  const first = name.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 4 && !legalForms.has(w));
  return first !== undefined && new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
}

const legalForms = new Set(['limited', 'corp', 'corporation', 'group', 'holdings', 'gmbh', 'services', 'technologies', 'systems']);

/** Records whose titles or text name general-purpose AI tools: documents, communications, risks, context issues. */
function mentionsOfTools(aims: AimsSnapshot): { subject: Subject; signals: string[] }[] {
  const out: { subject: Subject; signals: string[] }[] = [];
  const offer = (subject: Subject, text: string) => {
    const signals = generalPurposeAiSignals(text);
    if (signals.length > 0) out.push({ subject, signals });
  };
  for (const d of aims.documents) offer(subjectOf('documents', d), d.title);
  for (const c of aims.communicationLog) offer(subjectOf('communicationLog', c), c.subject);
  for (const c of aims.communicationPlan) offer(subjectOf('communicationPlan', c), c.what);
  for (const r of aims.risks) offer(subjectOf('risks', r), `${r.title} ${r.description ?? ''}`);
  for (const i of aims.contextIssues) offer(subjectOf('contextIssues', i), `${i.title} ${i.description ?? ''}`);
  return out;
}
