// The Statement of Applicability: all 38 Annex A controls and the organisation's own, each with its decision,
// justification and the risks that need it, status, owner and evidence.
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { controlGroups, controls } from '../../../domain/catalogue/annex-a.ts';
import { useAllRecords } from '../../http/registers.ts';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { RecordLink } from '../../components/record-link.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { SoaVersionsCard } from './soa-versions-card.tsx';

interface Row { readonly controlId: string; readonly title: string; readonly group: string; readonly own: boolean }

const statusColor: Record<string, string> = { implemented: 'teal', 'partially-implemented': 'orange', planned: 'yellow', 'not-started': 'red', 'not-applicable': 'gray' };

export default function SoaPage({ org }: { readonly org: string }) {
  const entries = useAllRecords(org, 'soa-entries');
  const own = useAllRecords(org, 'custom-controls');
  const [filter, setFilter] = useState('all');
  const [text, setText] = useState('');
  if (entries.isPending || own.isPending) return <Loading label="Loading the Statement of Applicability…" />;
  if (entries.isError) return <ErrorState error={entries.error} retry={() => void entries.refetch()} />;
  const byControl = new Map(entries.data.items.map((e) => [String(e.record.controlId), e]));
  const groupTitle = new Map(controlGroups.map((g) => [g.id, g.title]));
  const rows: Row[] = [
    ...controls.map((c) => ({ controlId: c.id, title: c.title, group: controlGroups.find((g) => g.id === c.group)?.parent ?? c.group, own: false })),
    ...(own.data?.items ?? []).map((c) => ({ controlId: String(c.record.id), title: String(c.record.title), group: 'own', own: true })),
  ];
  const decided = rows.filter((r) => byControl.has(r.controlId));
  const included = decided.filter((r) => byControl.get(r.controlId)?.record.applicable === true);
  const needle = text.trim().toLowerCase();
  const shown = rows.filter((r) => {
    const e = byControl.get(r.controlId)?.record;
    if (filter === 'included' && e?.applicable !== true) return false;
    if (filter === 'excluded' && e?.applicable !== false) return false;
    if (filter === 'undecided' && e) return false;
    return !needle || `${r.controlId} ${r.title} ${String(e?.justification ?? '')}`.toLowerCase().includes(needle);
  });
  const groups = [...new Set(shown.map((r) => r.group))];
  const canCreate = entries.data.allowedActions.includes('create');
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">Statement of Applicability</Title>
          <Text size="sm" c="dimmed">{rows.length} controls ({controls.length} of Annex A, {rows.length - controls.length} of your own): {included.length} included, {decided.length - included.length} excluded, {rows.length - decided.length} not decided.</Text>
        </div>
        {canCreate ? <Button component={Link} to={`/orgs/${org}/r/soa-entries/new`}>New SoA entry</Button> : null}
      </Group>
      <SoaVersionsCard org={org} entries={entries.data.items} />
      <Card withBorder padding="md">
        <Group mb="sm" align="flex-end">
          <SegmentedControl value={filter} onChange={setFilter} aria-label="Show controls" data={[{ value: 'all', label: 'All' }, { value: 'included', label: 'Included' }, { value: 'excluded', label: 'Excluded' }, { value: 'undecided', label: 'Not decided' }]} />
          <TextInput aria-label="Search controls" placeholder="Search controls and justifications" type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} w={300} />
        </Group>
        <Table.ScrollContainer minWidth={960}>
          <Table verticalSpacing={6} layout="fixed">
            <Table.Thead>
              <Table.Tr><Table.Th w={90}>Control</Table.Th><Table.Th w={220}>Title</Table.Th><Table.Th w={100}>Applicable</Table.Th><Table.Th>Justification and linked risks</Table.Th><Table.Th w={150}>Status</Table.Th><Table.Th w={120}>Owner</Table.Th><Table.Th w={80}>Evidence</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => [
                <Table.Tr key={`g-${g}`} bg="gray.1"><Table.Th colSpan={7} scope="colgroup"><Text size="sm" fw={700}>{g === 'own' ? 'The organisation’s own controls' : `${g} ${groupTitle.get(g) ?? ''}`}</Text></Table.Th></Table.Tr>,
                ...shown.filter((r) => r.group === g).map((r) => {
                  const e = byControl.get(r.controlId)?.record;
                  const risks = (e?.riskIds as string[] | undefined) ?? [];
                  const evidence = (e?.evidenceIds as string[] | undefined) ?? [];
                  return (
                    <Table.Tr key={r.controlId}>
                      <Table.Td>{e ? <RecordLink org={org} register="soaEntries" id={String(e.id)}>{r.controlId}</RecordLink> : <Text size="sm">{r.controlId}</Text>}</Table.Td>
                      <Table.Td><Text size="sm">{r.title}</Text></Table.Td>
                      <Table.Td>{!e ? <Badge color="red" variant="outline" size="sm">not decided</Badge> : e.applicable ? <Badge color="indigo" variant="light" size="sm">included</Badge> : <Badge color="gray" variant="light" size="sm">excluded</Badge>}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={3}>{String(e?.justification ?? (e ? '' : 'Include or exclude this control, with the reason.'))}</Text>
                        {risks.length ? <Group gap={6} mt={2}><Text size="xs" c="dimmed">Risks:</Text>{risks.map((id) => <RecordLink key={id} org={org} register="risks" id={id} />)}</Group> : null}
                        {(e?.obligations as string[] | undefined)?.length ? <Text size="xs" c="dimmed">Obligations: {(e!.obligations as string[]).join('; ')}</Text> : null}
                        {e?.applicable === true && risks.length === 0 && !(e.obligations as string[] | undefined)?.length ? <Text size="xs" c="red.8">Included but traced to no risk or obligation.</Text> : null}
                      </Table.Td>
                      <Table.Td>{e ? <Badge color={statusColor[String(e.implementationStatus)] ?? 'gray'} variant="light" size="sm" tt="none">{String(e.implementationStatus)}</Badge> : null}</Table.Td>
                      <Table.Td>{e?.ownerId ? <NamedRecordLink org={org} register="persons" id={String(e.ownerId)} /> : e?.ownerRoleId ? <NamedRecordLink org={org} register="roles" id={String(e.ownerRoleId)} /> : <Text size="sm" c="dimmed">—</Text>}</Table.Td>
                      <Table.Td><Text size="sm" c={e?.applicable && evidence.length === 0 ? 'red.8' : undefined}>{evidence.length}</Text></Table.Td>
                    </Table.Tr>
                  );
                }),
              ])}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" mt="xs">Linked evidence per control is in the <Anchor component={Link} to={`/orgs/${org}/evidence-index`} size="xs">evidence index</Anchor>.</Text>
      </Card>
    </Stack>
  );
}
