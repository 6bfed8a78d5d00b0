// evidence-gap (7.5, 6.1.3): a clause 4–10 or an applied control that nothing evidences, or only expired evidence;
// read from the evidence index, so the check and the index can never disagree.
import type { AimsSnapshot } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { buildEvidenceIndex, type EvidenceGap } from './readiness/evidence-index.ts';
import type { Subject } from './types.ts';

/** Above this many gaps, one summary replaces a finding per clause or control: the list is the message. */
const SUMMARY_AFTER = 10;

const what = (g: EvidenceGap) => (g.kind === 'clause' ? `clause ${g.ref}` : `control ${g.ref}`);

function subjectsOf(aims: AimsSnapshot, gap: EvidenceGap): Subject[] {
  const entries: Subject[] = (gap.soaEntryIds ?? []).map((id) => ({ register: 'soaEntries', id, label: `${gap.ref} ${gap.title}` }));
  const expired: Subject[] = gap.evidence.map((e) => ({ register: e.register, id: e.id, label: e.label }));
  const organisation: Subject = { register: 'organisation', id: aims.organisation.id, label: `clause ${gap.ref} ${gap.title}` };
  return [...(gap.kind === 'clause' ? [organisation] : entries), ...expired];
}

/** One subject per record: a summary names the organisation once, however many clauses it lists. */
function unique(subjects: readonly Subject[]): Subject[] {
  const seen = new Map<string, Subject>();
  for (const s of subjects) if (!seen.has(`${s.register}/${s.id}`)) seen.set(`${s.register}/${s.id}`, s);
  return [...seen.values()];
}

export default defineCheck({
  id: 'evidence-gap',
  meta: {
    title: 'Every clause and every applied control has current evidence',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['7.5', '6.1.3'],
    description:
      'Auditors navigate the AIMS through its evidence index: for each clause 4–10 and each control the Statement of ' +
      'Applicability includes, they ask for the records that show it operating. A clause or applied control with no ' +
      'record linked to it, or only with evidence whose validity has ended, cannot be sampled and reads as a ' +
      'requirement met on paper only.',
    messages: {
      clauseNone: 'Clause {{ref}} ({{title}}) has no evidence: no evidence item, required document or register record is linked to it.',
      controlNone:
        'Applied control {{ref}} ({{title}}) has no evidence: its SoA entry lists none, and no evidence item, required document or register record is linked to it.',
      clauseExpired: 'Clause {{ref}} ({{title}}) has only expired evidence: {{records}}.',
      controlExpired: 'Applied control {{ref}} ({{title}}) has only expired evidence: {{records}}.',
      many: '{{count}} clauses and applied controls have no evidence or only expired evidence: {{refs}}.',
    },
    fix:
      'Link current evidence to {{what}}: an evidence item (with the date it is of and its validity) whose refs name ' +
      'it, the documents that serve it marked as required by it, or the evidence listed on the SoA entry; renew ' +
      'evidence whose validity has ended.',
  },
  run({ aims, now, report, pass }) {
    const index = buildEvidenceIndex(aims, now);
    const gaps = index.gaps.filter((g) => g.status === 'no-evidence' || g.status === 'only-expired');
    if (gaps.length === 0) {
      pass([{ register: 'organisation', id: aims.organisation.id, label: 'evidence index' }]);
      return;
    }
    if (gaps.length > SUMMARY_AFTER) {
      report({
        messageId: 'many',
        data: {
          count: gaps.length,
          refs: gaps.map((g) => `${g.ref}${g.status === 'only-expired' ? ' (expired)' : ''}`).join(', '),
          what: 'each of them',
        },
        grade: { examined: index.summary.clauses.total + index.summary.controls.total, affected: gaps.length },
        subjects: unique([
          { register: 'organisation', id: aims.organisation.id, label: aims.organisation.name },
          ...gaps.flatMap((g) => subjectsOf(aims, g)),
        ]),
      });
      return;
    }
    for (const gap of gaps) {
      const expired = gap.status === 'only-expired';
      const messageId = gap.kind === 'clause' ? (expired ? 'clauseExpired' : 'clauseNone') : expired ? 'controlExpired' : 'controlNone';
      const records = gap.evidence.map((e) => `${e.register}/${e.id} "${e.label}" (${e.note ?? 'expired'})`).join(', ');
      // Each gap is its own requirement without evidence: an isolated lapse against it.
      report({ messageId, data: { ref: gap.ref, title: gap.title, records, what: what(gap) }, subjects: subjectsOf(aims, gap), grade: { extent: 'isolated', requirement: gap.ref } });
    }
  },
});
