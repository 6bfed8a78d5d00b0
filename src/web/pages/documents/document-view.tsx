// One document as document control sees it: the version in force, versions awaiting approval, the review date,
// where it stands against the latest freeze baseline, and every version with its approval.
import { Badge, Card, Group, SimpleGrid, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import type { Document, FreezeBaseline } from '../../../domain/model/index.ts';
import { useAllRecords } from '../../http/registers.ts';
import { today } from '../../http/today.ts';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { RecordLink } from '../../components/record-link.tsx';
import { WorkflowAction } from '../../components/workflow-action.tsx';
import { baselineDrift, documentControl, versionsNewestFirst } from './document-control.ts';
import { Fact } from '../../components/fact.tsx';

export const versionColor: Record<string, string> = { approved: 'teal', 'in-review': 'orange', draft: 'gray', superseded: 'gray' };
export const reviewColor = { overdue: 'red', 'due-soon': 'orange', scheduled: 'teal', none: 'gray' } as const;
const reviewText = { overdue: 'review overdue', 'due-soon': 'review due within a month', scheduled: 'review scheduled', none: 'no review date' } as const;


export default function DocumentView({ org, document: raw, version, allowedActions }: { readonly org: string; readonly document: Record<string, unknown>; readonly version: number; readonly allowedActions: readonly string[] }) {
  const document = raw as unknown as Document;
  const baselines = useAllRecords(org, 'freeze-baselines');
  const control = documentControl(document, today());
  const drift = baselineDrift([document], (baselines.data?.items ?? []).map((e) => e.record as unknown as FreezeBaseline));
  const frozen = drift?.baseline.documents.find((d) => d.documentId === document.id);
  const change = drift?.changed[0];
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">Document control</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" mb="md">
        <Fact label="Version in force">
          {control.inForce ? (
            <Stack gap={2}>
              <Group gap={6}><Text size="sm" fw={700}>{control.inForce.version}</Text><Badge size="sm" color="teal">approved</Badge></Group>
              <Text size="xs">{control.inForce.approvedOn ? `on ${control.inForce.approvedOn}` : 'no approval date'}{control.inForce.approvedById ? ' by ' : ''}{control.inForce.approvedById ? <NamedRecordLink org={org} register="persons" id={control.inForce.approvedById} /> : null}</Text>
            </Stack>
          ) : <Text size="sm" c="red.8">No approved version: this document is not yet in force.</Text>}
        </Fact>
        <Fact label="Awaiting approval">
          {control.awaitingApproval.length === 0 ? <Text size="sm" c="dimmed">Nothing</Text> : (
            <Stack gap={4}>
              {control.awaitingApproval.map((v) => (
                <Group key={v.version} gap={6}>
                  <Badge size="sm" color={versionColor[v.status]} tt="none">{v.version} {v.status}</Badge>
                  {allowedActions.includes('approve') ? (
                    <WorkflowAction org={org} size="xs" label={`Approve ${v.version}`} title={`Approve version ${v.version} of "${document.title}"?`} path={`documents/${encodeURIComponent(document.id)}/approve`}
                      body={{ version, documentVersion: v.version }} inputs={[{ key: 'approvedOn', label: 'Approved on', kind: 'date' }, { key: 'effectiveOn', label: 'In force from', kind: 'date' }]}
                      done={`Version ${v.version} of ${document.title} is approved.`}>
                      Approval makes version {v.version} the one in force (7.5.2): it can no longer change{control.inForce ? `, and version ${control.inForce.version} becomes superseded` : ''}. Your name and the date are recorded.
                      {v.changeSummary ? <Text size="sm" mt={4}>What changed: {v.changeSummary}</Text> : null}
                    </WorkflowAction>
                  ) : null}
                </Group>
              ))}
            </Stack>
          )}
        </Fact>
        <Fact label="Review">
          <Group gap={6}>
            {control.reviewDue ? <Text size="sm" c={control.review === 'overdue' ? 'red.8' : undefined} fw={600}>{control.reviewDue}</Text> : null}
            <Badge size="sm" color={reviewColor[control.review]} tt="none">{reviewText[control.review]}</Badge>
          </Group>
          {document.reviewIntervalMonths ? <Text size="xs" c="dimmed">every {document.reviewIntervalMonths} months</Text> : null}
        </Fact>
        <Fact label="Freeze baseline">
          {!drift ? <Text size="sm" c="dimmed">No freeze baseline taken yet.</Text> : (
            <Stack gap={2}>
              <Text size="xs">Latest: <RecordLink org={org} register="freezeBaselines" id={drift.baseline.id}>{drift.baseline.frozenOn}</RecordLink></Text>
              {!frozen ? <Badge size="sm" color="orange" tt="none">not in the baseline</Badge> : change ? (
                <>
                  <Badge size="sm" color="red" tt="none">changed since the freeze</Badge>
                  <Text size="xs" c="red.8">{change.reasons.join('; ')}</Text>
                </>
              ) : <Badge size="sm" color="teal" tt="none">{`at its frozen version ${frozen.version}`}</Badge>}
            </Stack>
          )}
        </Fact>
      </SimpleGrid>
      <Title order={3} size="h5" mb="xs">Versions ({document.versions.length})</Title>
      {document.versions.length === 0 ? <Text size="sm" c="dimmed">No version recorded: add the first version with its status, then have it approved.</Text> : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr><Table.Th>Version</Table.Th><Table.Th>Status</Table.Th><Table.Th>Created</Table.Th><Table.Th>Approved</Table.Th><Table.Th>Effective</Table.Th><Table.Th>What changed</Table.Th><Table.Th>Content hash</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versionsNewestFirst(document).map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Td><Text size="sm" fw={600}>{v.version}</Text>{frozen?.version === v.version ? <Badge size="xs" variant="outline" color="indigo" tt="none">frozen</Badge> : null}</Table.Td>
                  <Table.Td><Group gap={4} wrap="nowrap"><Badge size="sm" color={versionColor[v.status]} tt="none">{v.status}</Badge>{control.inForce === v ? <Badge size="sm" color="indigo" variant="outline" tt="none">in force</Badge> : null}</Group></Table.Td>
                  <Table.Td><Text size="sm">{v.createdOn ?? '—'}</Text></Table.Td>
                  <Table.Td><Text size="sm">{v.approvedOn ?? '—'}</Text>{v.approvedById ? <NamedRecordLink org={org} register="persons" id={v.approvedById} /> : null}</Table.Td>
                  <Table.Td><Text size="sm">{v.effectiveOn ?? '—'}</Text></Table.Td>
                  <Table.Td><Text size="sm">{v.changeSummary ?? '—'}</Text></Table.Td>
                  <Table.Td><Text size="xs" ff="monospace" title={v.sha256}>{v.sha256 ? v.sha256.slice(0, 12) : '—'}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {control.inForce?.content ? (
        <>
          <Title order={3} size="h5" mt="md" mb="xs">Text of version {control.inForce.version}, in force</Title>
          <Spoiler maxHeight={160} showLabel="Show the whole text" hideLabel="Show less">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{control.inForce.content}</Text>
          </Spoiler>
        </>
      ) : null}
    </Card>
  );
}
