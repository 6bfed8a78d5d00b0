// An AI system's life cycle as a timeline of gate decisions and the walkthrough trace with each missing link shown.
import { Badge, Card, Grid, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import type { AiSystem, Dataset, EvidenceItem, ImpactAssessment } from '../../../domain/model/index.ts';
import { currentStageOf, passedStages } from '../../../domain/predicates/lifecycle-stages.ts';
import { today } from '../../http/today.ts';
import { evidenceValidity } from '../evidence/evidence-validity.ts';
import { SystemRecords } from './system-records.tsx';
import { WorkflowAction } from '../../components/workflow-action.tsx';
import { useAllRecords } from '../../http/registers.ts';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { RecordLink } from '../../components/record-link.tsx';
import { lifecycleStages, stageTitle, walkthrough } from './walkthrough.ts';

const decisionColor: Record<string, string> = { approved: 'teal', 'approved-with-conditions': 'yellow', rejected: 'red', pending: 'gray' };
const linkColor = { ok: 'teal', missing: 'red', 'not-yet': 'gray' } as const;

export default function AiSystemView({ org, system: raw, version, allowedActions }: { readonly org: string; readonly system: Record<string, unknown>; readonly version: number; readonly allowedActions: readonly string[] }) {
  const system = raw as unknown as AiSystem;
  const ias = useAllRecords(org, 'impact-assessments');
  const metrics = useAllRecords(org, 'monitoring-metrics');
  const datasets = useAllRecords(org, 'datasets');
  const evidence = useAllRecords(org, 'evidence-items');
  const now = today();
  const evidenceState = new Map((evidence.data?.items ?? []).map((e) => [String(e.record.id), evidenceValidity(e.record as unknown as EvidenceItem, now).validity === 'expired' ? 'expired' as const : 'valid' as const]));
  const systemDatasets = (datasets.data?.items ?? []).map((e) => e.record as unknown as Dataset).filter((d) => d.aiSystemIds.includes(system.id));
  const trace = walkthrough({
    datasets: systemDatasets,
    ...(evidence.data ? { evidence: (id: string) => evidenceState.get(id) ?? 'unknown' } : {}),
    system,
    impactAssessments: (ias.data?.items ?? []).map((e) => e.record as { id: string; aiSystemId: string; assessedOn: string }).filter((r) => r.aiSystemId === system.id),
    metrics: (metrics.data?.items ?? []).map((e) => e.record as { id: string; name: string; aiSystemId?: string; measurements: unknown[] }).filter((m) => m.aiSystemId === system.id),
  });
  const gates = [...system.lifecycle.gates].sort((a, b) => (a.decidedOn ?? '9999').localeCompare(b.decidedOn ?? '9999'));
  const current = currentStageOf(system);
  const passed = new Set(passedStages(system));
  // One stop per stage the system defines or has a gate for, in life-cycle order, its gate decisions in date order.
  const stops = lifecycleStages
    .filter((s) => system.lifecycle.stages.includes(s) || gates.some((g) => g.stage === s))
    .map((stage) => ({ stage, gates: gates.filter((g) => g.stage === stage), passed: passed.has(stage) }));
  const missing = trace.filter((l) => l.state === 'missing').length;
  const assessments = (ias.data?.items ?? []).map((e) => e.record as unknown as ImpactAssessment).filter((r) => r.aiSystemId === system.id);
  return (
    <>
    <Grid>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Card withBorder padding="lg" h="100%">
          <Group justify="space-between" mb={4}>
            <Title order={2} size="h4">Life cycle</Title>
            {allowedActions.includes('record-gate-decision') && system.lifecycle.stages.length > 0 ? (
              <WorkflowAction org={org} size="xs" variant="light" label="Record a gate decision" title={`Gate decision for ${system.name}`} path={`ai-systems/${encodeURIComponent(system.id)}/gate-decisions`} body={{ version }}
                inputs={[
                  { key: 'stage', label: 'Stage', kind: 'select', required: true, options: lifecycleStages.filter((s) => system.lifecycle.stages.includes(s)).map((s) => ({ value: s, label: stageTitle[s] })) },
                  { key: 'decision', label: 'Decision', kind: 'select', required: true, options: ['approved', 'approved-with-conditions', 'rejected'].map((d) => ({ value: d, label: d })) },
                  { key: 'decidedOn', label: 'Decided on', kind: 'date' },
                  { key: 'evidenceIds', label: 'Evidence of the decision', kind: 'multi', description: 'An approval needs at least one evidence item.', options: (evidence.data?.items ?? []).map((e) => ({ value: String(e.record.id), label: String(e.record.title ?? e.record.id) })) },
                  { key: 'notes', label: 'Notes', kind: 'text', description: 'The conditions, or why it was rejected: needed unless approved outright.' },
                ]}
                done={`The gate decision for ${system.name} is recorded.`}>
                The decision is recorded with your name as the approver. An approval moves the system to that stage, and needs the earlier stages approved.
              </WorkflowAction>
            ) : null}
          </Group>
          <Group gap={4} mb="sm">
            {lifecycleStages.map((s) => (
              <Badge key={s} size="sm" tt="none" variant={s === current ? 'filled' : system.lifecycle.stages.includes(s) ? 'light' : 'outline'} color={system.lifecycle.stages.includes(s) ? 'indigo' : 'gray'}>
                {stageTitle[s]}
              </Badge>
            ))}
          </Group>
          {gates.length === 0 && stops.length === 0 ? <Text size="sm" c="red.8">No gate decision recorded: record each stage's gate with its approver, date and evidence.</Text> : (
            <Timeline bulletSize={16} lineWidth={2} active={stops.findLastIndex((s) => s.gates.length > 0)}>
              {stops.map(({ stage, gates: stageGates, passed }) => (
                <Timeline.Item key={stage} title={<Group gap={6}><Text size="sm" fw={600}>{stageTitle[stage]}</Text>{stage === current ? <Badge size="xs" color="indigo">current stage</Badge> : null}</Group>}>
                  {stageGates.length === 0 ? (
                    <Text size="xs" c={passed ? 'red.8' : 'dimmed'}>{passed ? 'Passed without a gate decision on record.' : stage === current ? 'In progress: its gate is decided on the way out.' : 'Not reached yet.'}</Text>
                  ) : stageGates.map((g, i) => (
                    <div key={i}>
                      <Group gap={6}><Badge size="xs" color={decisionColor[g.decision] ?? 'gray'}>{g.decision}</Badge><Text size="xs" c="dimmed">{g.decidedOn ?? 'no date'} · {g.approverId ? <NamedRecordLink org={org} register="persons" id={g.approverId} /> : <Text span size="xs" c="red.8">no approver</Text>}</Text></Group>
                      <Group gap={6}>{g.evidenceIds.length ? g.evidenceIds.map((id) => <NamedRecordLink key={id} org={org} register="evidenceItems" id={id} />) : <Text size="xs" c="red.8">no evidence</Text>}</Group>
                      {g.notes ? <Text size="xs">{g.notes}</Text> : null}
                    </div>
                  ))}
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
                  {l.records.length ? <Group gap={6}>{l.records.slice(0, 6).map((r) => r.label === r.id
                    ? <NamedRecordLink key={`${r.register}-${r.id}`} org={org} register={r.register} id={r.id} />
                    : <RecordLink key={`${r.register}-${r.id}`} org={org} register={r.register} id={r.id}>{r.label}</RecordLink>)}</Group> : null}
                </div>
              </Group>
            ))}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
    <SystemRecords org={org} system={system} assessments={assessments} datasets={systemDatasets} />
    </>
  );
}
