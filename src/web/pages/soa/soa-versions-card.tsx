// The SoA's versions: which one is approved, by whom and when; approving the one awaiting approval; and what
// changed in the SoA entries since the last approved version, read from their audit trail.
import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../http/client.ts';
import { recordPathOf, useAllRecords } from '../../http/registers.ts';
import type { Envelope, HistoryEntry } from '../../http/types.ts';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { RecordLink } from '../../components/record-link.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { WorkflowAction } from '../../components/workflow-action.tsx';
import { labelOf } from '../../registers/schema.ts';
import { approvedAt, changesSince } from './soa-changes.ts';

const history = (org: string, slug: string, id: string) => ({
  queryKey: ['register', org, slug, 'history', id],
  queryFn: async ({ signal }: { signal: AbortSignal }) => (await api<{ items: HistoryEntry[] }>(`${recordPathOf(org, slug, id)}/history`, { signal })).items,
});

const shown = (v: unknown) => (v === undefined || v === null ? '—' : Array.isArray(v) ? v.join(', ') || '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function ChangesSince({ org, approved, entries }: { readonly org: string; readonly approved: Envelope; readonly entries: readonly Envelope[] }) {
  const own = useQuery(history(org, 'soa-versions', String(approved.record.id)));
  const all = useQueries({ queries: entries.map((e) => history(org, 'soa-entries', String(e.record.id))) });
  if (own.isPending || all.some((q) => q.isPending)) return <Loading label="Reading the audit trail of the SoA entries…" />;
  const failed = own.error ?? all.find((q) => q.error)?.error;
  if (failed) return <ErrorState error={failed} />;
  // An approval recorded outside the app (imported already approved) is dated by the day it names.
  const since = approvedAt(own.data ?? []) ?? `${String(approved.record.approvedOn)}T23:59:59.999Z`;
  const changes = entries.flatMap((e, i) => changesSince(String(e.record.id), all[i]?.data ?? [], since)).sort((a, b) => a.at.localeCompare(b.at));
  if (changes.length === 0) return <Text size="sm" c="dimmed">No SoA entry changed since version {String(approved.record.version)} was approved.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead><Table.Tr><Table.Th w={110}>Control</Table.Th><Table.Th w={150}>When</Table.Th><Table.Th>What changed</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={`${c.entryId}-${c.at}`}>
              <Table.Td><RecordLink org={org} register="soaEntries" id={c.entryId}>{c.controlId}</RecordLink></Table.Td>
              <Table.Td><Text size="xs">{c.at.replace('T', ' ').slice(0, 16)}</Text><Text size="xs" c="dimmed">{c.actor}</Text></Table.Td>
              <Table.Td>
                {c.action === 'create' ? <Text size="sm">Entry added</Text> : c.action === 'delete' ? <Text size="sm" c="red.8">Entry removed</Text> : (
                  <Stack gap={0}>{c.fields.map((f) => <Text key={f.field} size="sm"><b>{labelOf(f.field)}</b>: {shown(f.before)} → {shown(f.after)}</Text>)}</Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function SoaVersionsCard({ org, entries }: { readonly org: string; readonly entries: readonly Envelope[] }) {
  const versions = useAllRecords(org, 'soa-versions');
  const [showChanges, setShowChanges] = useState(false);
  const items = [...(versions.data?.items ?? [])].sort((a, b) => String(b.record.issuedOn).localeCompare(String(a.record.issuedOn)));
  const approved = items.find((v) => v.record.approvedOn);
  const latest = items[0];
  const awaiting = latest && !latest.record.approvedOn ? latest : undefined;
  return (
    <Card withBorder padding="md">
      <Group gap="lg" justify="space-between">
        <Group gap="lg">
          <Text size="sm" fw={600}>Versions</Text>
          {items.length === 0 ? <Text size="sm" c="dimmed">No SoA version issued yet: issue one under Statement of Applicability versions and have it approved.</Text> : null}
          {approved ? (
            <Group gap={6}>
              <Badge color="teal" variant="light">approved</Badge>
              <RecordLink org={org} register="soaVersions" id={String(approved.record.id)}>{`version ${String(approved.record.version)}`}</RecordLink>
              <Text size="sm" c="dimmed">on {String(approved.record.approvedOn)}</Text>
              {approved.record.approvedById ? <Text size="sm" c="dimmed">by <NamedRecordLink org={org} register="persons" id={String(approved.record.approvedById)} /></Text> : null}
            </Group>
          ) : items.length ? <Badge color="red" variant="light">no version approved</Badge> : null}
          {awaiting ? (
            <Group gap={6}>
              <Badge color="orange" variant="light">awaiting approval</Badge>
              <RecordLink org={org} register="soaVersions" id={String(awaiting.record.id)}>{`version ${String(awaiting.record.version)}`}</RecordLink>
              {awaiting.record.changeSummary ? <Text size="sm" c="dimmed">changed: {String(awaiting.record.changeSummary)}</Text> : null}
            </Group>
          ) : null}
        </Group>
        <Group gap="xs">
          {approved ? <Button size="xs" variant="default" onClick={() => setShowChanges(!showChanges)} aria-expanded={showChanges}>{showChanges ? 'Hide the changes' : `What changed since version ${String(approved.record.version)}`}</Button> : null}
          {awaiting?.allowedActions.includes('approve') ? (
            <WorkflowAction org={org} size="xs" label={`Approve version ${String(awaiting.record.version)}`} title={`Approve the Statement of Applicability, version ${String(awaiting.record.version)}?`}
              path={`soa-versions/${encodeURIComponent(String(awaiting.record.id))}/approve`} body={{ version: awaiting.version }}
              inputs={[{ key: 'approvedOn', label: 'Approved on', kind: 'date' }]} done={`Statement of Applicability version ${String(awaiting.record.version)} is approved.`}>
              Every SoA entry must carry its justification (6.1.3 d); the server names any that do not. Your name and the date are recorded as the approval.
            </WorkflowAction>
          ) : null}
        </Group>
      </Group>
      {showChanges && approved ? <div style={{ marginTop: 12 }}><ChangesSince org={org} approved={approved} entries={entries} /></div> : null}
    </Card>
  );
}
