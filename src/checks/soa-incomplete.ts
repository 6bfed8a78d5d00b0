// soa-incomplete (6.1.3): Annex A controls the Statement of Applicability neither includes nor excludes.
import { controls, findControl, type Control } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { reportLapses } from './shared/nonconformity.ts';
import { listForMessage } from '../domain/wording.ts';
import type { Subject } from './types.ts';

/** Above this many undecided controls, one summary replaces a finding per control. */
const SUMMARY_AFTER = 10;

export default defineCheck({
  id: 'soa-incomplete',
  meta: {
    title: 'The Statement of Applicability decides on every Annex A control',
    severity: 'minor',
    surfaces: ['stage-1'],
    refs: ['6.1.3'],
    description:
      'The Statement of Applicability is the working surface of the audit. The auditor reads it against Annex A and ' +
      'expects a decision on every reference control: included (with its implementation) or excluded (with the ' +
      'reason). A control that appears nowhere was never compared with the risk treatment, which is exactly the ' +
      'comparison 6.1.3 asks for; an AIMS with no SoA at all has no basis for its control selection.',
    messages: {
      noSoa: 'The Statement of Applicability has no entries: none of the {{total}} Annex A controls is included or excluded.',
      undecided: 'Annex A control {{control}} ({{title}}) is neither included nor excluded in the Statement of Applicability.',
      many: '{{count}} of the {{total}} Annex A controls are neither included nor excluded in the Statement of Applicability: {{controls}}.',
    },
    fix:
      'Add an SoA entry for {{what}}: include it with the risks or obligations that need it and how it is implemented, ' +
      'or exclude it with the reason it is not needed.',
  },
  run({ aims, report, pass }) {
    const total = controls.length;
    const organisation: Subject = { register: 'organisation', id: aims.organisation.id, label: aims.organisation.name };
    // Any entry for a control is a decision (the reasons are soa-not-risk-driven's business); one pass over entries.
    const decided = new Set<string>();
    for (const entry of aims.soaEntries) if (findControl(entry.controlId)) decided.add(entry.controlId);
    if (aims.soaEntries.length === 0) {
      // Nothing to reconcile against Annex A: the SoA itself is missing, which blocks Stage 1.
      report({ messageId: 'noSoa', grade: { extent: 'absent' }, data: { total, what: `each of the ${total} Annex A controls` }, subjects: [organisation] });
      return;
    }
    const undecided: Control[] = controls.filter((c) => !decided.has(c.id));
    if (undecided.length === 0) {
      pass(aims.soaEntries.map((e) => ({ register: 'soaEntries', id: e.id, label: e.controlId })));
      return;
    }
    if (undecided.length > SUMMARY_AFTER) {
      report({
        messageId: 'many',
        // An SoA that leaves most of Annex A undecided was not worked against Annex A at all: the share decides.
        grade: { examined: total, affected: undecided.length },
        data: { count: undecided.length, total, controls: undecided.map((c) => c.id).join(', '), what: 'each control listed' },
        subjects: [organisation],
      });
      return;
    }
    // One nonconformity, the undecided controls listed.
    reportLapses(report, undecided.map((c) => ({
      messageId: 'undecided' as const,
      data: { control: c.id, title: c.title, what: `${c.id} ${c.title}` },
      subjects: [{ ...organisation, label: `${c.id} ${c.title}` }],
    })), {
      summary: 'many',
      data: () => ({ total, controls: listForMessage(undecided.map((c) => c.id)), what: 'each control listed' }),
      grade: { examined: total },
    });
  },
});
