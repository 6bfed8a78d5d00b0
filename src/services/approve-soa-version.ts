// Approves a version of the Statement of Applicability (6.1.3): once every entry says why its control is included
// or excluded, since the Statement an approver signs must hold those justifications (6.1.3 d).
import type { AimsDatabase, StoredRecord } from '../store/index.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { writeOrganisation } from '../store/writes.ts';
import { actingPerson, recordAsSeen, refuse, refuseBefore, saveStep, type WorkflowActor } from './workflow-records.ts';

export interface SoaApproval {
  readonly soaVersionId: string;
  readonly expectedVersion: number;
  readonly approvedOn: string;
}

export async function approveSoaVersion(db: AimsDatabase, organisationId: string, approval: SoaApproval, actor: WorkflowActor): Promise<StoredRecord<'soaVersions'>> {
  return writeOrganisation(db, organisationId, actor, async (writer) => {
    const { record } = await recordAsSeen(writer, 'soaVersions', approval.soaVersionId, approval.expectedVersion);
    const at = { register: 'soaVersions' as const, recordId: record.id };
    if (record.approvedOn || record.approvedById) {
      refuse(`Statement of Applicability version ${record.version} was already approved${record.approvedOn ? ` on ${record.approvedOn}` : ''}; issue a new version for a change.`,
        [{ ...at, field: 'approvedOn', message: 'already approved' }]);
    }
    refuseBefore(approval.approvedOn, record.issuedOn, 'approvedOn', 'the version was issued on', at);
    const entries = await writer.all('soaEntries');
    if (entries.length === 0) refuse(`The Statement of Applicability has no entries; record the Annex A controls, included or excluded, before approving version ${record.version}.`, [{ register: 'soaEntries', message: 'none' }]);
    const unjustified = entries.filter((e) => isBlank(e.justification));
    if (unjustified.length > 0) {
      const ids = unjustified.map((e) => e.controlId);
      refuse(`The Statement of Applicability cannot be approved while ${ids.length} entr${ids.length === 1 ? 'y does' : 'ies do'} not say why the control is included or excluded (6.1.3 d): ${listForMessage(ids)}.`,
        unjustified.slice(0, 50).map((e) => ({ register: 'soaEntries', recordId: e.id, field: 'justification', message: `control ${e.controlId}: no justification` })));
    }
    const approver = await actingPerson(writer, actor, 'approve the Statement of Applicability');
    return saveStep(writer, 'soaVersions', { ...record, approvedById: approver.id, approvedOn: approval.approvedOn }, approval.expectedVersion);
  });
}
