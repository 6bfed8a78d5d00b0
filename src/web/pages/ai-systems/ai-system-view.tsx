// An AI system's life cycle as a timeline of gate decisions and the walkthrough trace with each missing link shown.
import { Badge, Card, Grid, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import type { AiSystem } from '../../../domain/model/index.ts';
import { useAllRecords } from '../../http/registers.ts';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { RecordLink } from '../../components/record-link.tsx';
import { lifecycleStages, stageTitle, walkthrough } from './walkthrough.ts';

const decisionColor: Record<string, string> = { approved: 'teal', 'approved-with-conditions': 'yellow', rejected: 'red', pending: 'gray' };
const linkColor = { ok: 'teal', missing: 'red', 'not-yet': 'gray' } as const;

export default function AiSystemView({ org, system: raw }: { readonly org: string; readonly system: Record<string, unknown> }) {
  const system = raw as unknown as AiSystem;
  const ias = useAllRecords(org, 'impact-assessments');
  const metrics = useAllRecords(org, 'monitoring-metrics');
  const trace = walkthrough({
    system,
    impactAssessments: (ias.data?.items ?? []).map((e) => e.record as { id: string; aiSystemId: string; assessedOn: string }).filter((r) => r.aiSystemId === system.id),
    metrics: (metrics.data?.items ?? []).map((e) => e.record as { id: string; name: string; aiSystemId?: string; measurements: unknown[] }).filter((m) => m.aiSystemId === system.id),
  });
  const gates = [...system.lifecycle.gates].sort((a, b) => (a.decidedOn ?? '9999').localeCompare(b.decidedOn ?? '9999'));
  const current = system.lifecycle.currentStage;
  const missing = trace.filter((l) => l.state === 'missing').length;
  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Card withBorder padding="lg" h="100%">
          <Title order={2} size="h4" mb={4}>Life cycle</Title>
          <Group gap={4} mb="sm">
            {lifecycleStages.map((s) => (
              <Badge key={s} size="sm" tt="none" variant={s === current ? 'filled' : system.lifecycle.stages.includes(s) ? 'light' : 'outline'} color={system.lifecycle.stages.includes(s) ? 'indigo' : 'gray'}>
                {stageTitle[s]}
              </Badge>
            ))}
          </Group>
          {gates.length === 0 ? <Text size="sm" c="red.8">No gate decision recorded: record each stage's gate with its approver, date and evidence.</Text> : (
            <Timeline bulletSize={16} lineWidth={2} active={gates.length - 1}>
              {gates.map((g, i) => (
                <Timeline.Item key={i} title={<Group gap={6}><Text size="sm" fw={600}>{stageTitle[g.stage]}</Text><Badge size="xs" color={decisionColor[g.decision] ?? 'gray'}>{g.decision}</Badge></Group>}>
                  <Text size="xs" c="dimmed">{g.decidedOn ?? 'no date'} · {g.approverId ? <NamedRecordLink org={org} register="persons" id={g.approverId} /> : 'no approver'}</Text>
                  <Group gap={6}>{g.evidenceIds.length ? g.evidenceIds.map((id) => <RecordLink key={id} org={org} register="evidenceItems" id={id} />) : <Text size="xs" c="red.8">no evidence</Text>}</Group>
                  {g.notes ? <Text size="xs">{g.notes}</Text> : null}
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Card withBorder padding="lg" h="100%">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">Walkthrough trace</Title>
            <Badge color={missing ? 'red' : 'teal'} variant="light">{missing ? `${missing} missing link${missing === 1 ? '' : 's'}` : 'no missing link'}</Badge>
          </Group>
          <Stack gap={0} component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {trace.map((l, i) => (
              <Group key={l.key} component="li" align="stretch" wrap="nowrap" gap="sm">
                <Stack gap={0} align="center" w={24}>
                  <div aria-hidden style={{ width: 14, height: 14, borderRadius: 14, marginTop: 4, background: `var(--mantine-color-${linkColor[l.state]}-6)` }} />
                  {i < trace.length - 1 ? <div aria-hidden style={{ flex: 1, width: 2, background: l.state === 'missing' ? 'repeating-linear-gradient(#fa5252 0 4px, transparent 4px 8px)' : 'var(--mantine-color-gray-4)' }} /> : null}
                </Stack>
                <div style={{ paddingBottom: 12, minWidth: 0 }}>
                  <Group gap={6}><Text size="sm" fw={600}>{l.title}</Text><Badge size="xs" variant="light" color={linkColor[l.state]}>{l.state === 'ok' ? 'shown' : l.state === 'missing' ? 'missing link' : 'not reached'}</Badge></Group>
                  {l.shows.length ? <Text size="xs" c="dimmed">{l.shows.join(' · ')}</Text> : null}
                  {l.lacks.length ? <Text size="xs" c="red.8">{l.lacks.join(' · ')}</Text> : null}
                  {l.records.length ? <Group gap={6}>{l.records.slice(0, 6).map((r) => <RecordLink key={`${r.register}-${r.id}`} org={org} register={r.register} id={r.id}>{r.label}</RecordLink>)}</Group> : null}
                </div>
              </Group>
            ))}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
