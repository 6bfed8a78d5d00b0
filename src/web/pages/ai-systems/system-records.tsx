// What a Stage 2 auditor asks to see of one AI system besides its life cycle: its impact assessments, the data it
// is built on, its suppliers, its technical documentation and the event-logging decision.
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AiSystem, Dataset, ImpactAssessment } from '../../../domain/model/index.ts';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { RecordLink } from '../../components/record-link.tsx';

function Section({ title, count, children }: { readonly title: string; readonly count?: number; readonly children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h5" mb="xs">{title}{count !== undefined ? ` (${count})` : ''}</Title>
      {children}
    </Card>
  );
}

interface Props {
  readonly org: string;
  readonly system: AiSystem;
  readonly assessments: readonly ImpactAssessment[];
  readonly datasets: readonly Dataset[];
}

export function SystemRecords({ org, system, assessments, datasets }: Props) {
  const sorted = [...assessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
  const logging = system.eventLogging;
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
      <Section title="Impact assessments" count={sorted.length}>
        {sorted.length === 0 ? <Text size="sm" c={system.inScope ? 'red.8' : 'dimmed'}>{system.inScope ? 'None: assess the impacts on individuals, groups and societies before deployment (6.1.4, 8.4).' : 'None (the system is outside the scope).'}</Text> : (
          <Stack gap={4}>
            {sorted.map((a) => (
              <Group key={a.id} gap={6}>
                <RecordLink org={org} register="impactAssessments" id={a.id}>{a.assessedOn}</RecordLink>
                <Badge size="xs" variant="light" color="gray" tt="none">{a.trigger}</Badge>
                <Badge size="xs" variant="light" color={a.approvedOn ? 'teal' : 'orange'} tt="none">{a.approvedOn ? `approved ${a.approvedOn}` : 'not approved'}</Badge>
                {a.nextReviewDue ? <Text size="xs" c="dimmed">next review {a.nextReviewDue}</Text> : null}
              </Group>
            ))}
          </Stack>
        )}
      </Section>
      <Section title="Data for the system" count={datasets.length}>
        {datasets.length === 0 ? <Text size="sm" c="dimmed">No dataset names this system (A.7).</Text> : (
          <Stack gap={4}>
            {datasets.map((d) => (
              <div key={d.id}>
                <RecordLink org={org} register="datasets" id={d.id}>{d.name}</RecordLink>
                <Group gap={4}>
                  {d.uses.map((u) => <Badge key={u} size="xs" variant="light" color="gray" tt="none">{u}</Badge>)}
                  {d.provenance ? null : <Badge size="xs" color="red" variant="light" tt="none">no provenance</Badge>}
                  {d.containsPersonalData ? <Badge size="xs" color="grape" variant="light" tt="none">personal data</Badge> : null}
                </Group>
              </div>
            ))}
          </Stack>
        )}
      </Section>
      <Section title="Suppliers" count={system.supplierIds.length}>
        {system.supplierIds.length === 0 ? <Text size="sm" c="dimmed">No third party provides a component (A.10).</Text> : (
          <Group gap={8}>{system.supplierIds.map((id) => <NamedRecordLink key={id} org={org} register="suppliers" id={id} />)}</Group>
        )}
      </Section>
      <Section title="Technical documentation" count={system.technicalDocumentationIds.length}>
        {system.technicalDocumentationIds.length === 0 ? <Text size="sm" c="red.8">None recorded (A.6.2.7).</Text> : (
          <Stack gap={2}>{system.technicalDocumentationIds.map((id) => <NamedRecordLink key={id} org={org} register="documents" id={id} />)}</Stack>
        )}
        {system.lifecycle.modelDocumentId ? <Text size="xs" c="dimmed" mt={4}>Follows <NamedRecordLink org={org} register="documents" id={system.lifecycle.modelDocumentId} /></Text> : null}
      </Section>
      <Section title="Event logging (A.6.2.8)">
        {!logging ? <Text size="sm" c={system.status === 'in-operation' ? 'red.8' : 'dimmed'}>No decision recorded: decide whether events are logged, at which stages and for how long.</Text> : (
          <Stack gap={2}>
            <Group gap={6}><Badge size="sm" color={logging.decision === 'enabled' ? 'teal' : 'gray'} tt="none">{logging.decision}</Badge>{logging.decidedOn ? <Text size="xs" c="dimmed">decided {logging.decidedOn}</Text> : null}</Group>
            {logging.stages.length ? <Text size="xs">Stages: {logging.stages.join(', ')}</Text> : null}
            {logging.retentionDays !== undefined ? <Text size="xs">Kept {logging.retentionDays} days</Text> : null}
            {logging.justification ? <Text size="xs" c="dimmed">{logging.justification}</Text> : null}
          </Stack>
        )}
      </Section>
      <Section title="Human oversight and limitations">
        <Text size="sm">{system.humanOversight ?? <Text span c="red.8">No human oversight described.</Text>}</Text>
        {system.knownLimitations.length ? <Text size="xs" c="dimmed" mt={4}>Known limitations: {system.knownLimitations.join('; ')}</Text> : null}
      </Section>
    </SimpleGrid>
  );
}
