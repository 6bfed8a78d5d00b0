// The workflow steps of a record's register, shown beside Edit only where the API allows them and the record's
// state still calls for them: close a nonconformity, approve an SoA version or the AI policy.
import type { Nonconformity } from '../../../domain/model/index.ts';
import { WorkflowAction } from '../../components/workflow-action.tsx';

interface Props {
  readonly org: string;
  readonly register: string;
  readonly value: Record<string, unknown>;
  readonly version: number;
  readonly allowedActions: readonly string[];
}

export function RecordWorkflows({ org, register, value, version, allowedActions }: Props) {
  const id = String(value.id);
  const path = (slug: string, step: string) => `${slug}/${encodeURIComponent(id)}/${step}`;
  if (register === 'nonconformities' && allowedActions.includes('close') && value.status !== 'closed') {
    const nc = value as unknown as Nonconformity;
    const open = nc.correctiveActions.filter((a) => a.status !== 'done').length;
    return (
      <WorkflowAction org={org} label="Close" title={`Close nonconformity ${id}?`} path={path('nonconformities', 'close')} body={{ version }} color="teal"
        inputs={[{ key: 'closedOn', label: 'Closed on', kind: 'date' }, ...(nc.correctiveActions.length === 0 ? [{ key: 'noActionReason', label: 'Why no corrective action is needed', kind: 'text' as const, description: 'Having evaluated the need for action (10.2 b): the reason, in a sentence or two.' }] : [])]}
        done={`Nonconformity ${id} is closed.`}>
        A nonconformity closes once its root cause is known and its corrective actions are done{open ? ` (${open} still open)` : ''}, or once you record why none is needed. Review the effectiveness of the actions afterwards (10.2 d).
      </WorkflowAction>
    );
  }
  if (register === 'soaVersions' && allowedActions.includes('approve') && !value.approvedOn) {
    return (
      <WorkflowAction org={org} label={`Approve version ${String(value.version)}`} title={`Approve the Statement of Applicability, version ${String(value.version)}?`} path={path('soa-versions', 'approve')} body={{ version }}
        inputs={[{ key: 'approvedOn', label: 'Approved on', kind: 'date' }]} done={`Statement of Applicability version ${String(value.version)} is approved.`}>
        Every SoA entry must carry its justification (6.1.3 d); the server names any that do not. Your name and the date are recorded as the approval.
      </WorkflowAction>
    );
  }
  if (register === 'aiPolicies' && allowedActions.includes('approve') && !value.approvedOn) {
    return (
      <WorkflowAction org={org} label="Approve the AI policy" title="Approve the AI policy?" path={path('ai-policies', 'approve')} body={{ version }}
        inputs={[{ key: 'approvedOn', label: 'Approved on', kind: 'date' }]} done="The AI policy is approved.">
        Top management establishes the AI policy (5.2): only a person of top management may approve it, and the approval is recorded with their name.
      </WorkflowAction>
    );
  }
  return null;
}
