// One risk as its treatment plan reads: inherent and residual level against the acceptance threshold, the
// controls the treatment selects, its actions, and who accepted the residual risk — or the button to accept it.
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Risk } from '../../../domain/model/index.ts';
import { useAllRecords } from '../../http/registers.ts';
import { NamedRecordLink, RefValue } from '../../components/field-value.tsx';
import { WorkflowAction } from '../../components/workflow-action.tsx';

const level = (l?: number, c?: number) => (l && c ? l * c : undefined);

export default function RiskView({ org, risk: raw, version, allowedActions }: { readonly org: string; readonly risk: Record<string, unknown>; readonly version: number; readonly allowedActions: readonly string[] }) {
  const risk = raw as unknown as Risk;
  const methods = useAllRecords(org, 'risk-methodologies');
  const threshold = Number(methods.data?.items[0]?.record.acceptanceThreshold ?? NaN);
  const t = risk.treatment;
  const inherent = level(risk.likelihood, risk.consequence)!;
  const residual = level(t?.residualLikelihood, t?.residualConsequence);
  const within = (n: number) => Number.isFinite(threshold) && n <= threshold;
  const accepted = t?.residualAcceptedOn !== undefined;
  const canAccept = allowedActions.includes('accept-residual') && !accepted && residual !== undefined;
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Assessment and treatment</Title>
        {canAccept ? (
          <WorkflowAction org={org} label="Accept the residual risk" title="Accept the residual risk?" path={`risks/${encodeURIComponent(risk.id)}/accept-residual`} body={{ version }}
            inputs={[
              { key: 'acceptedOn', label: 'Accepted on', kind: 'date' },
              // Above the criteria the server asks for the reasoning, which stays on the risk for the auditor.
              ...(residual !== undefined && Number.isFinite(threshold) && !within(residual)
                ? [{ key: 'rationale', label: 'Why it is accepted above the criteria', kind: 'text' as const, required: true, description: `The residual level ${residual} is above the methodology's ${threshold}: say why no further treatment is taken now and what keeps the risk watched.` }]
                : []),
            ]} done={`The residual risk of ${risk.id} is accepted.`}>
            You accept, as the management designated for it, that the risk stays at level {residual} (likelihood {t?.residualLikelihood} × consequence {t?.residualConsequence}) after its treatment{Number.isFinite(threshold) ? `; the methodology accepts up to ${threshold}` : ''}. Your name and the date are recorded on the risk (6.1.3 f).
          </WorkflowAction>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <div>
          <Text size="xs" fw={600} c="dimmed">Inherent level</Text>
          <Group gap={6}><Text fw={700}>{inherent}</Text><Text size="xs">likelihood {risk.likelihood} × consequence {risk.consequence}</Text></Group>
          {Number.isFinite(threshold) ? <Badge size="sm" color={within(inherent) ? 'teal' : 'red'} tt="none">{within(inherent) ? 'within the threshold' : `above the threshold of ${threshold}`}</Badge> : null}
        </div>
        <div>
          <Text size="xs" fw={600} c="dimmed">Residual level</Text>
          {residual === undefined ? <Text size="sm" c={inherent > threshold ? 'red.8' : 'dimmed'}>Not rated: record the residual likelihood and consequence of the treatment.</Text> : (
            <>
              <Group gap={6}><Text fw={700}>{residual}</Text><Text size="xs">likelihood {t?.residualLikelihood} × consequence {t?.residualConsequence}</Text></Group>
              {Number.isFinite(threshold) ? <Badge size="sm" color={within(residual) ? 'teal' : 'red'} tt="none">{within(residual) ? 'within the threshold' : `above the threshold of ${threshold}`}</Badge> : null}
            </>
          )}
        </div>
        <div>
          <Text size="xs" fw={600} c="dimmed">Treatment</Text>
          {t ? <Badge size="sm" tt="none">{t.option}</Badge> : <Text size="sm" c={inherent > threshold ? 'red.8' : 'dimmed'}>No treatment planned.</Text>}
          {t?.controlIds.length ? <Group gap={4} mt={4}>{t.controlIds.map((c) => <RefValue key={c} org={org} target="control" id={c} />)}</Group> : null}
        </div>
        <div>
          <Text size="xs" fw={600} c="dimmed">Residual acceptance</Text>
          {accepted ? (
            <Stack gap={0}>
              <Badge size="sm" color="teal" tt="none">accepted {t?.residualAcceptedOn}</Badge>
              {t?.residualAcceptedById ? <Text size="xs">by <NamedRecordLink org={org} register="persons" id={t.residualAcceptedById} /></Text> : null}
              {t?.residualAcceptanceRationale ? <Text size="xs" c="dimmed">because: {t.residualAcceptanceRationale}</Text> : null}
            </Stack>
          ) : <Badge size="sm" color={residual === undefined ? 'gray' : 'orange'} tt="none">not accepted</Badge>}
          {t?.residualAcceptorId ? <Text size="xs" c="dimmed">to be accepted by <NamedRecordLink org={org} register="persons" id={t.residualAcceptorId} /></Text> : t?.residualAcceptorRoleId ? <Text size="xs" c="dimmed">to be accepted by <NamedRecordLink org={org} register="roles" id={t.residualAcceptorRoleId} /></Text> : null}
        </div>
      </SimpleGrid>
      {t?.actions.length ? (
        <Stack gap={2} mt="md">
          <Text size="sm" fw={600}>Treatment actions</Text>
          {t.actions.map((a, i) => (
            <Group key={i} gap={6} wrap="nowrap">
              <Badge size="xs" color={a.status === 'done' ? 'teal' : 'orange'} tt="none" style={{ minWidth: 'max-content' }}>{a.status}</Badge>
              <Text size="sm">{a.description}</Text>
              {a.dueDate ? <Text size="xs" c="dimmed">due {a.dueDate}</Text> : null}
              {a.ownerId ? <NamedRecordLink org={org} register="persons" id={a.ownerId} /> : null}
            </Group>
          ))}
        </Stack>
      ) : null}
    </Card>
  );
}
