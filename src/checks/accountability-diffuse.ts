// accountability-diffuse (5.3, A.3.2): accountability that ends with a body rather than a person: a committee role with
// no named chair, a role no one holds, and risks, SoA controls, AI systems, documents or objectives with no named owner.
import type { RegisterName, SnapshotIndex } from '../domain/index.ts';
import { ownerAccountability, roleAccountability, type Accountability, type Owned } from '../domain/predicates/accountability.ts';
import { defineCheck } from './define-check.ts';
import { SAMPLE_FOR_SHARE } from './shared/grading.ts';
import { activeInScope } from '../domain/predicates/aims-scope.ts';
import { controlLabel, named, organisationSubject, personName, subjectOf } from './shared/finding-subjects.ts';
import type { Instance, Subject } from './types.ts';
import { plural } from '../domain/wording.ts';

/** Why an owner does not reach a named individual, in words; undefined when it does. */
function gap(a: Accountability, index: SnapshotIndex): { why: string; roleSubject?: Subject } | undefined {
  const role = (id: string) => index.roles.get(id);
  const roleName = (id: string) => named({ label: role(id)?.name ?? id, id: id });
  const roleSubject = (id: string): Subject => ({ register: 'roles', id, label: role(id)?.name ?? id });
  switch (a.kind) {
    case 'person':
    case 'role':
      return undefined;
    case 'committee-without-chair':
      return { why: `it is owned by the committee ${roleName(a.roleId)}, which has no named accountable chair`, roleSubject: roleSubject(a.roleId) };
    case 'unheld-role':
      return { why: `it is owned by the role ${roleName(a.roleId)}, which no active person holds`, roleSubject: roleSubject(a.roleId) };
    case 'inactive-owner':
      return { why: `its owner ${named({ label: personName(index, a.personId), id: a.personId })} is no longer active` };
    case 'unknown-owner':
      return { why: `its owner "${a.ref}" is neither a person nor a role of the organisation` };
    case 'none':
      return { why: 'no owner is recorded' };
  }
}

export default defineCheck({
  id: 'accountability-diffuse',
  meta: {
    title: 'Roles and the records of the AIMS are owned by named individuals',
    severity: 'minor',
    surfaces: ['stage-2'],
    refs: ['5.3', 'A.3.2'],
    description:
      'In Stage 2 interviews the auditor asks who is accountable for a risk, a control, an AI system, a document or an ' +
      'objective, and expects a name. "The AI governance committee" is not an answer unless the committee has a named ' +
      'chair who answers for its decisions. Roles must be held by named people, and every record the AIMS relies on must ' +
      'be owned by a person, directly or through a role that resolves to one.',
    messages: {
      noRoles: 'No roles are defined: nothing assigns the responsibilities and authorities of the AIMS to anyone.',
      committeeWithoutChair: 'Role {{role}} is held by a committee{{members}} with no named accountable chair{{owning}}.',
      roleUnheld: 'Role {{role}} is held by no active named individual{{owning}}.',
      records: '{{count}} of the {{examined}} records the AIMS relies on have no named accountable owner.',
      record: '{{kind}} {{record}} has no named accountable owner: {{why}}.',
    },
    fix:
      'Name one accountable individual for {{target}}: set its owner to a person (ownerId), or make sure the owning role is ' +
      'held by a named person and, for a committee, has an accountable chair (accountableChairId).',
  },
  run({ aims, index, report }) {
    if (aims.roles.length === 0) {
      report({ messageId: 'noRoles', data: { target: 'each AIMS role' }, subjects: [organisationSubject(aims)], grade: { extent: 'absent' } });
    }
    // One nonconformity per cause: a chairless committee owning 49 records is one finding listing the 49, and the
    // records with no owner at all are one finding listing them; the share of records affected grades it.
    const throughRole = new Map<string, Instance[]>();
    const direct: Instance[] = [];
    let examined = 0;
    const examinedIn = new Map<RegisterName, number>();
    const judge = (register: RegisterName, noun: string, record: Owned & { id: string }, label: string) => {
      examined++;
      examinedIn.set(register, (examinedIn.get(register) ?? 0) + 1);
      const found = gap(ownerAccountability(record, index), index);
      if (!found) return;
      const name = named({ label: label, id: record.id });
      const kind = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
      const instance: Instance = { messageId: 'record', data: { kind, record: name, why: found.why }, subjects: [{ register, id: record.id, label }] };
      const bucket = found.roleSubject ? throughRole.get(found.roleSubject.id) : undefined;
      if (found.roleSubject && bucket) bucket.push(instance);
      else if (found.roleSubject) throughRole.set(found.roleSubject.id, [instance]);
      else direct.push(instance);
    };
    const live = activeInScope(aims);
    for (const s of aims.aiSystems) if (live(s)) judge('aiSystems', 'AI system', s, s.name);
    for (const r of aims.risks) if (r.status !== 'closed') judge('risks', 'risk', r, r.title);
    for (const e of aims.soaEntries) if (e.applicable) judge('soaEntries', 'SoA control', e, controlLabel(index, e.controlId));
    for (const o of aims.aiObjectives) judge('aiObjectives', 'AI objective', o, o.title);
    // A document whose every version is superseded is history; only documents in use need an owner who answers for them.
    for (const d of aims.documents) if ((d.versions ?? []).some((v) => v.status !== 'superseded')) judge('documents', 'document', d, d.title);

    // Graded by the register the cause hits hardest: a committee owning the whole risk register leaves risk ownership
    // systemically unanswered even when it is a fraction of all the records examined.
    const gradeOf = (instances: readonly Instance[]) => {
      const hit = new Map<RegisterName, number>();
      for (const i of instances) {
        const register = i.subjects[0]!.register as RegisterName;
        hit.set(register, (hit.get(register) ?? 0) + 1);
      }
      let worst: { examined: number; affected: number } | undefined;
      for (const [register, affected] of hit) {
        const inRegister = examinedIn.get(register) ?? affected;
        if (inRegister >= SAMPLE_FOR_SHARE && affected * 2 > inRegister && (!worst || affected / inRegister > worst.affected / worst.examined)) worst = { examined: inRegister, affected };
      }
      return worst ?? { examined: Math.max(examined, 1) };
    };
    for (const r of aims.roles) {
      const standing = roleAccountability(r, index);
      if (standing.kind !== 'committee-without-chair' && standing.kind !== 'unheld') continue;
      const role = named({ label: r.name, id: r.id });
      const owned = throughRole.get(r.id) ?? [];
      throughRole.delete(r.id);
      const owning = owned.length > 0 ? `, yet it owns ${plural(owned.length, 'record')} of the AIMS` : '';
      const members = standing.kind === 'committee-without-chair' && (r.holderIds ?? []).length === 0 ? ' with no members and' : '';
      report({
        messageId: standing.kind === 'committee-without-chair' ? 'committeeWithoutChair' : 'roleUnheld',
        data: { role, members, owning, target: standing.kind === 'committee-without-chair' ? `the committee ${role}` : `role ${role}` },
        subjects: [subjectOf('roles', r)],
        ...(owned.length > 0 ? { instances: owned } : {}),
        grade: gradeOf(owned),
      });
    }
    // Records owned through a role the loop above did not report stay with the records owned by no one.
    const rest = [...direct, ...[...throughRole.values()].flat()];
    if (rest.length > 0) {
      report({ messageId: 'records', data: { count: rest.length, examined, target: 'each record listed' }, subjects: [], instances: rest, grade: gradeOf(rest) });
    }
  },
});
