// The certification cycle from the dashboard's timeline and the certification registers themselves, for an API
// that does not (yet) serve the computed certification records.
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { registers, type RegisterName } from '../../../domain/model/registers.ts';
import { useAllRecords } from '../../http/registers.ts';
import { CycleTimeline } from '../../components/cycle-timeline.tsx';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { Loading } from '../../components/states.tsx';
import { registerNav } from '../../registers/navigation.ts';
import { useDashboard } from '../dashboard/dashboard-data.ts';
import { timelineState } from './certification-data.ts';

const shown: readonly RegisterName[] = ['certificationBodies', 'proposals', 'externalAudits', 'externalFindings', 'certificates', 'mockInterviews'];

function RegisterCard({ org, register }: { readonly org: string; readonly register: RegisterName }) {
  const all = useAllRecords(org, registerNav[register].slug);
  const items = all.data?.items ?? [];
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h5" mb="xs">{registerNav[register].plural} ({items.length})</Title>
      {all.isPending ? <Loading /> : items.length === 0 ? <Text size="sm" c="dimmed">None recorded yet.</Text> : (
        <Stack gap={4}>
          {items.slice(0, 12).map(({ record }) => (
            <Group key={String(record.id)} gap={6} wrap="nowrap" justify="space-between">
              <NamedRecordLink org={org} register={register} id={String(record.id)} />
              {typeof record.status === 'string' ? <Badge size="sm" tt="none">{record.status}</Badge> : typeof record.classification === 'string' ? <Badge size="sm" tt="none">{record.classification}</Badge> : null}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

export function CertificationFromRegisters({ org }: { readonly org: string }) {
  const dashboard = useDashboard(org);
  const d = dashboard.data;
  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Title order={1} size="h2">Certification</Title>
        <Text size="sm" c="dimmed">The three-year certification cycle{d ? ` of ${d.organisation.name} as of ${d.asOf}` : ''}, its bodies, proposals, audits and findings.</Text>
      </div>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="xs">Cycle timeline</Title>
        {d ? <CycleTimeline today={d.asOf} events={d.timeline.filter((e) => e.start && e.kind !== 'readiness').map((e) => ({ label: e.kind.replace('surveillance-', 'surv. ').replace('recertification', 'recert.').replace('certification-decision', 'decision'), date: e.start!, state: timelineState(e, d.asOf), ...(e.dueBy ? { dueBy: e.dueBy } : {}) }))} /> : <Loading />}
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
        {shown.map((r) => <RegisterCard key={r} org={org} register={r} />)}
      </SimpleGrid>
      <Text size="xs" c="dimmed">Records of {shown.map((r) => registers[r].title.toLowerCase()).join(', ')}.</Text>
    </Stack>
  );
}
