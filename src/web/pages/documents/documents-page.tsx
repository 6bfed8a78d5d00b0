// The documents register with document control above it: what awaits approval, reviews overdue, and the drift
// since the latest freeze baseline, each naming the documents concerned.
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Document, FreezeBaseline } from '../../../domain/model/index.ts';
import { useAllRecords } from '../../http/registers.ts';
import { today } from '../../http/today.ts';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { RecordLink } from '../../components/record-link.tsx';
import { WorkflowAction } from '../../components/workflow-action.tsx';
import { registerNav } from '../../registers/navigation.ts';
import { RegisterList } from '../registers/register-list.tsx';
import { baselineDrift, documentControl } from './document-control.ts';

function Links({ org, ids, empty }: { readonly org: string; readonly ids: readonly string[]; readonly empty: string }) {
  if (ids.length === 0) return <Text size="sm" c="dimmed">{empty}</Text>;
  return (
    <Group gap={8}>
      {ids.slice(0, 8).map((id) => <NamedRecordLink key={id} org={org} register="documents" id={id} />)}
      {ids.length > 8 ? <Text size="xs" c="dimmed">and {ids.length - 8} more</Text> : null}
    </Group>
  );
}

export default function DocumentsPage({ org }: { readonly org: string }) {
  const documents = useAllRecords(org, 'documents');
  const baselines = useAllRecords(org, 'freeze-baselines');
  const docs = (documents.data?.items ?? []).map((e) => e.record as unknown as Document);
  const now = today();
  const controls = docs.map((d) => ({ d, c: documentControl(d, now) }));
  const awaiting = controls.filter(({ c }) => c.awaitingApproval.length > 0).map(({ d }) => d.id);
  const overdue = controls.filter(({ c }) => c.review === 'overdue').map(({ d }) => d.id);
  const notInForce = controls.filter(({ c }) => !c.inForce).map(({ d }) => d.id);
  const audits = useAllRecords(org, 'external-audits');
  const canFreeze = baselines.data?.allowedActions.includes('create') ?? false;
  const upcoming = (audits.data?.items ?? []).map((e) => e.record).filter((a) => a.status !== 'done' && a.status !== 'cancelled');
  const drift = baselineDrift(docs, (baselines.data?.items ?? []).map((e) => e.record as unknown as FreezeBaseline));
  const header = documents.data ? (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Document control</Title>
        {canFreeze ? (
          <WorkflowAction org={org} label={drift ? 'Take a new freeze baseline' : 'Freeze the document versions'} title="Freeze the document versions?" path="freeze-baselines/take" body={{}} variant="light"
            inputs={[{ key: 'frozenOn', label: 'Frozen on', kind: 'date' }, { key: 'forAuditId', label: 'For the audit', kind: 'select', options: upcoming.map((a) => ({ value: String(a.id), label: `${String(a.kind)} ${String(a.plannedStart ?? a.id)}` })) }]}
            done="The freeze baseline is taken.">
            Records, for every document with an approved version, the version in force now ({docs.filter((d) => documentControl(d, now).inForce).length} documents). Until the audit, a newer approval shows here as drift and as a finding, so that the audit team reads what they were sent (7.5.3).
          </WorkflowAction>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Stack gap={4}>
          <Group gap={6}><Text size="sm" fw={600}>Awaiting approval</Text><Badge size="sm" color={awaiting.length ? 'orange' : 'teal'}>{awaiting.length}</Badge></Group>
          <Links org={org} ids={awaiting} empty="No version is waiting for an approver." />
          {notInForce.length ? <><Text size="sm" fw={600} mt={4}>No approved version</Text><Links org={org} ids={notInForce} empty="" /></> : null}
        </Stack>
        <Stack gap={4}>
          <Group gap={6}><Text size="sm" fw={600}>Reviews overdue</Text><Badge size="sm" color={overdue.length ? 'red' : 'teal'}>{overdue.length}</Badge></Group>
          <Links org={org} ids={overdue} empty="Every review is within its date." />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>Freeze baseline and drift</Text>
          {!drift ? (
            <Text size="sm" c="dimmed">No freeze baseline yet. Shortly before Stage 1, freeze the document versions so that the audit team reads what is in force.</Text>
          ) : (
            <>
              <Text size="sm">
                Frozen on <RecordLink org={org} register="freezeBaselines" id={drift.baseline.id}>{drift.baseline.frozenOn}</RecordLink>
                {drift.baseline.forAuditId ? <> for <RecordLink org={org} register="externalAudits" id={drift.baseline.forAuditId} /></> : null}: {drift.frozen} documents.
              </Text>
              {drift.changed.length === 0 ? <Badge color="teal" tt="none">no drift since the freeze</Badge> : (
                <Alert color="red" p="xs" title={`${drift.changed.length} changed since the freeze`}>
                  <Stack gap={2}>{drift.changed.map((c) => <Text key={c.documentId} size="xs"><NamedRecordLink org={org} register="documents" id={c.documentId} />: {c.reasons.join('; ')}</Text>)}</Stack>
                </Alert>
              )}
              {drift.notFrozen.length ? <Text size="xs" c="dimmed">Not in the baseline: {drift.notFrozen.map((d) => d.title).join(', ')}.</Text> : null}
            </>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  ) : null;
  return <RegisterList org={org} nav={registerNav.documents} header={header} />;
}
