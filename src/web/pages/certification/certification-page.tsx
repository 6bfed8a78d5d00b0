// The certification cycle: timeline, candidate bodies, proposals side by side, audit days, external findings,
// coverage across the cycle, the next audit's sample and the mock-interview packs.
import { Badge, Card, Grid, Group, List, Progress, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { CycleTimeline } from '../../components/cycle-timeline.tsx';
import { RecordLink } from '../../components/record-link.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { shortKind, timelineState, useCertification } from './certification-data.ts';
import { InterviewPacks, NextAuditSample, ProposalsSideBySide } from './certification-sections.tsx';
import { AuditDayCard } from './audit-day-card.tsx';

const verdictColor: Record<string, string> = { suitable: 'teal', 'suitable-with-reservations': 'yellow', unsuitable: 'red' };

export default function CertificationPage() {
  const { org = '' } = useParams();
  const cert = useCertification(org);
  if (cert.isPending) return <Loading label="Planning the certification cycle…" />;
  if (cert.isError) return <ErrorState error={cert.error} retry={() => void cert.refetch()} />;
  const c = cert.data;
  const events = c.cycle?.events ?? [];
  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Title order={1} size="h2">Certification</Title>
        <Text size="sm" c="dimmed">The three-year cycle of {c.organisation.name} as of {c.asOf}{c.cycle?.stage2 ? `, Stage 2 on ${c.cycle.stage2}` : ''}.</Text>
      </div>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="xs">Cycle timeline</Title>
        <CycleTimeline today={c.asOf} events={events.filter((e) => e.start).map((e) => ({ label: shortKind(e.kind), date: e.start!, state: timelineState(e, c.asOf), ...(e.dueBy ? { dueBy: e.dueBy } : {}) }))} />
        {events.length ? (
          <Table mt="sm">
            <Table.Thead><Table.Tr><Table.Th>Event</Table.Th><Table.Th>Dates</Table.Th><Table.Th>Status</Table.Th><Table.Th>Audit days</Table.Th><Table.Th>Basis</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {events.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.auditId ? <RecordLink org={org} register="externalAudits" id={e.auditId}>{e.title}</RecordLink> : <Text size="sm">{e.title}</Text>}</Table.Td>
                  <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{e.start}{e.end && e.end !== e.start ? ` – ${e.end}` : ''}</Text>{e.dueBy ? <Text size="xs" c="dimmed">due by {e.dueBy}</Text> : null}</Table.Td>
                  <Table.Td><Badge size="sm" variant="light" tt="none" style={{ minWidth: 'max-content' }} color={e.status === 'done' ? 'teal' : e.status === 'planned' ? 'indigo' : 'orange'}>{e.status}</Badge></Table.Td>
                  <Table.Td><Text size="sm">{e.auditDays ?? '—'}</Text></Table.Td>
                  <Table.Td><Text size="xs" c="dimmed">{e.basis}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Card>
      <Tabs defaultValue="bodies" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="bodies">Bodies and proposals</Tabs.Tab>
          <Tabs.Tab value="findings">External findings ({c.findings.length})</Tabs.Tab>
          <Tabs.Tab value="coverage">Coverage and sample</Tabs.Tab>
          <Tabs.Tab value="interviews">Mock-interview packs</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="bodies" pt="md">
          <Grid>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Card withBorder padding="lg" h="100%">
                <Title order={2} size="h4" mb="xs">Audit-day estimate</Title>
                <AuditDayCard estimate={c.auditDays} personnel={c.organisation.effectivePersonnel} />
                <Title order={2} size="h4" mt="md" mb="xs">Candidate bodies</Title>
                <Stack gap="sm">
                  {c.certificationBodies.length === 0 ? <Text size="sm" c="dimmed">No candidate body yet: add the bodies you are considering under Certification bodies.</Text> : null}
                  {c.certificationBodies.map((b) => (
                    <div key={b.bodyId}>
                      <Group gap={6}><RecordLink org={org} register="certificationBodies" id={b.bodyId}>{b.bodyName}</RecordLink><Badge size="xs" color={verdictColor[b.verdict] ?? 'gray'}>{b.verdict}</Badge></Group>
                      <List size="xs">{b.issues.map((i) => <List.Item key={i.kind}>{i.message}</List.Item>)}</List>
                      {b.issues.length === 0 ? <Text size="xs" c="dimmed">No issue found{b.sectorMatch ? `; sector experience: ${b.matchedSectors.join(', ')}` : ''}.</Text> : null}
                    </div>
                  ))}
                </Stack>
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 8 }}><ProposalsSideBySide proposals={c.proposals.proposals} /></Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="findings" pt="md">
          <Card withBorder padding="lg">
            {c.findings.length === 0 ? <EmptyState title="No external findings">Findings the certification body raises at an audit are recorded under External findings, with their corrective action plans and deadlines.</EmptyState> : (
              <Table>
                <Table.Thead><Table.Tr><Table.Th>Finding</Table.Th><Table.Th>Classification</Table.Th><Table.Th>Status</Table.Th><Table.Th>Deadline</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>
                  {c.findings.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td><RecordLink org={org} register="externalFindings" id={f.id}>{f.description ?? f.id}</RecordLink></Table.Td>
                      <Table.Td><Badge size="sm" color={f.classification === 'major' ? 'red' : f.classification === 'minor' ? 'orange' : 'gray'}>{f.classification}</Badge></Table.Td>
                      <Table.Td><Text size="sm">{f.status}</Text></Table.Td>
                      <Table.Td><Text size="sm" c={f.overdue ? 'red.8' : undefined}>{f.deadline ?? '—'}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="coverage" pt="md">
          <Card withBorder padding="lg" mb="md">
            <Title order={2} size="h4" mb="xs">Surveillance coverage of the whole AIMS across the cycle</Title>
            <Progress.Root size={18} aria-label={`${c.coverage.percent}% covered`}>
              <Progress.Section value={c.coverage.percent} color="teal"><Progress.Label>{c.coverage.percent}% audited</Progress.Label></Progress.Section>
            </Progress.Root>
            <Text size="sm" mt="xs">{c.coverage.covered.clauses.length + c.coverage.covered.controls.length} of {c.coverage.universe.clauses.length + c.coverage.universe.controls.length} clauses and controls audited; {c.coverage.plannedOnly.clauses.length + c.coverage.plannedOnly.controls.length} only planned; {c.coverage.uncovered.clauses.length + c.coverage.uncovered.controls.length} not yet covered.</Text>
          </Card>
          <NextAuditSample next={c.nextAudit} />
        </Tabs.Panel>
        <Tabs.Panel value="interviews" pt="md"><InterviewPacks packs={c.readiness.interviewPacks} org={org} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
