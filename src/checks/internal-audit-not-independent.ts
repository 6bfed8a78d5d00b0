// internal-audit-not-independent (9.2): an internal auditor who audits an area they built, own or operate, or in
// which they are an auditee; the judgement itself is the domain predicate isIndependentOf.
import type { SnapshotIndex } from '../domain/index.ts';
import { independenceConflicts, type Conflict } from '../domain/predicates/independence.ts';
import { defineCheck } from './define-check.ts';
import { controlLabel, named, personName, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';
import type { Instance, Subject } from './types.ts';

/** The conflicts in words, grouped so a long list of owned controls reads as one phrase. */
function describeConflicts(conflicts: readonly Conflict[], index: SnapshotIndex): string {
  const phrases: string[] = [];
  const systems: string[] = [];
  const controls: string[] = [];
  for (const c of conflicts) {
    if (c.kind === 'owns-ai-system') systems.push(named({ label: index.aiSystems.get(c.aiSystemId)?.name ?? c.aiSystemId, id: c.aiSystemId }));
    if (c.kind === 'owns-soa-control') controls.push(c.controlId);
  }
  if (conflicts.some((c) => c.kind === 'auditee')) phrases.push('is also one of its auditees');
  if (systems.length > 0) phrases.push(`owns the audited AI system${systems.length > 1 ? 's' : ''} ${listForMessage(systems, 3)}`);
  if (controls.length === 1) phrases.push(`owns the audited control ${controlLabel(index, controls[0] ?? '')}`);
  if (controls.length > 1) phrases.push(`owns the audited controls ${listForMessage(controls, 6)}`);
  for (const c of conflicts) {
    if (c.kind === 'owns-document') {
      phrases.push(`owns the document ${named({ label: index.documents.get(c.documentId)?.title ?? c.documentId, id: c.documentId })} required by ${listForMessage(c.refs, 4)}`);
    } else if (c.kind === 'holds-role') {
      phrases.push(`holds the role ${named({ label: index.roles.get(c.roleId)?.name ?? c.roleId, id: c.roleId })}, which is responsible for ${listForMessage(c.refs, 4)}`);
    }
  }
  const shown = phrases.slice(0, 4);
  const more = phrases.length - shown.length;
  if (more > 0) shown.push(`${more} more responsibilit${more === 1 ? 'y' : 'ies'} in the audited area`);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join('; ')}; and ${shown.at(-1)}`;
}

const verbs = { completed: 'audited', 'in-progress': 'is auditing', planned: 'is planned to audit' } as const;

export default defineCheck({
  id: 'internal-audit-not-independent',
  meta: {
    title: 'Internal auditors are independent of the areas they audit',
    severity: 'major',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['9.2', '9.2.1', '9.2.2'],
    description:
      'Internal auditors must be objective and impartial: they may not audit their own work. The auditor checks who ' +
      'performed each internal audit against who built, owns or operates the audited clauses, controls and AI systems. ' +
      'The person who implemented the AIMS auditing the AIMS is the typical case; the audit then does not count as an ' +
      'independent self-assessment, and the internal audit cycle Stage 2 depends on is incomplete.',
    messages: {
      notIndependentAll: 'In {{count}} of the {{examined}} auditor assignments of internal audits held, the auditor audited their own work: {{audits}}.',
      plannedNotIndependent: 'In {{count}} planned internal {{audits_word}} the auditor would audit their own work: {{audits}}.',
      notIndependent: '{{auditor}} {{verb}} {{audit}}, yet {{conflicts}}.',
    },
    fix:
      'Have {{audit}} performed by an auditor who did not build, own or operate what it covers (from another unit, or an ' +
      'external auditor), or narrow the part {{auditor}} audits to areas they have no responsibility for.',
  },
  run({ aims, index, report, notApplicable }) {
    let examined = 0;
    let held = 0;
    // One nonconformity, its conflicted audits listed; a planned audit can still be re-staffed, so it is apart.
    const lapses: Instance[] = [];
    const planned: Instance[] = [];
    for (const audit of aims.internalAudits) {
      if (audit.status === 'cancelled') continue;
      for (const auditorId of new Set(audit.auditorIds ?? [])) {
        examined++;
        if (audit.status !== 'planned') held++;
        const conflicts = independenceConflicts(auditorId, audit, aims);
        if (conflicts.length === 0) continue;
        const person = index.persons.get(auditorId);
        const auditor = named({ label: personName(index, auditorId), id: auditorId });
        const subjects: Subject[] = [subjectOf('internalAudits', audit), ...(person ? [subjectOf('persons', person)] : [])];
        const instance: Instance = {
          messageId: 'notIndependent',
          data: { auditor, verb: verbs[audit.status], audit: named({ label: audit.title, id: audit.id }), conflicts: describeConflicts(conflicts, index) },
          subjects,
        };
        (audit.status === 'planned' ? planned : lapses).push(instance);
      }
    }
    if (examined === 0) {
      notApplicable('No internal audit names its auditors yet.');
      return;
    }
    const listed = (list: Instance[]) => listForMessage(list.map((i) => `${named(i.subjects[0]!)} by ${i.subjects[1] ? named(i.subjects[1]) : 'its auditor'}`), 6);
    const audits = (list: Instance[]) => listForMessage([...new Set(list.map((i) => named(i.subjects[0]!)))], 6);
    if (lapses.length > 0) {
      report({
        messageId: 'notIndependentAll',
        data: { count: lapses.length, examined: held, audits: listed(lapses), audit: audits(lapses), auditor: 'the auditors listed' },
        // No objective auditor on any audit held: the programme has no independent audit at all.
        subjects: [], instances: lapses, grade: { ...(lapses.length === held ? { extent: 'broken-down' as const } : {}), examined: held },
      });
    }
    if (planned.length > 0) {
      report({
        messageId: 'plannedNotIndependent',
        data: { count: planned.length, audits_word: planned.length === 1 ? 'audit' : 'audits', audits: listed(planned), audit: audits(planned), auditor: 'the auditors listed' },
        subjects: [], instances: planned, grade: { extent: 'potential' },
      });
    }
  },
});
