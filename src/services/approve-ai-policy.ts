// Approves the AI policy (5.2): top management establishes it, so only a person of top management approves it,
// and only a policy that is in a controlled document and carries the commitments 5.2 asks for.
import { AppError } from '../domain/index.ts';
import type { AimsDatabase, StoredRecord } from '../store/index.ts';
import { writeOrganisation } from '../store/writes.ts';
import { actingPerson, recordAsSeen, refuse, saveStep, type WorkflowActor } from './workflow-records.ts';

export interface AiPolicyApproval {
  readonly policyId: string;
  readonly expectedVersion: number;
  readonly approvedOn: string;
}

export async function approveAiPolicy(db: AimsDatabase, organisationId: string, approval: AiPolicyApproval, actor: WorkflowActor): Promise<StoredRecord<'aiPolicies'>> {
  return writeOrganisation(db, organisationId, actor, async (writer) => {
    const { record: policy } = await recordAsSeen(writer, 'aiPolicies', approval.policyId, approval.expectedVersion);
    const at = { register: 'aiPolicies' as const, recordId: policy.id };
    const approver = await actingPerson(writer, actor, 'approve the AI policy');
    if (approver.topManagement !== true) {
      throw new AppError('forbidden', `${approver.name} is not recorded as top management (persons "${approver.id}", topManagement); the AI policy is approved by top management (5.2).`,
        [{ register: 'persons', recordId: approver.id, field: 'topManagement', message: 'must be true' }]);
    }
    if (policy.approvedById && policy.approvedOn && policy.approvedOn >= approval.approvedOn) {
      refuse(`AI policy "${policy.id}" was already approved on ${policy.approvedOn}; change it first, or approve it again on a later date.`, [{ ...at, field: 'approvedOn', message: `already ${policy.approvedOn}` }]);
    }
    const missing = (['applicable-requirements', 'continual-improvement'] as const).filter((c) => !policy.commitments.includes(c));
    if (missing.length > 0) {
      refuse(`AI policy "${policy.id}" lacks the commitment${missing.length === 1 ? '' : 's'} 5.2 asks for: ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} before approving.`,
        [{ ...at, field: 'commitments', message: `missing ${missing.join(', ')}` }]);
    }
    if (policy.objectiveIds.length === 0) {
      refuse(`AI policy "${policy.id}" frames no AI objectives; 5.2 asks the policy to provide the framework for setting them. Link the objectives (objectiveIds) before approving.`, [{ ...at, field: 'objectiveIds', message: 'empty' }]);
    }
    const document = await writer.get('documents', policy.documentId);
    if (!document) refuse(`AI policy "${policy.id}" names document "${policy.documentId}", which does not exist; the policy is documented information (5.2, 7.5).`, [{ ...at, field: 'documentId', message: 'no such document' }]);
    return saveStep(writer, 'aiPolicies', { ...policy, approvedById: approver.id, approvedOn: approval.approvedOn }, approval.expectedVersion);
  });
}
