// The Stage 1 verdict (once certified, the verdict for the cycle's next audit and the certificate's outlook) and the
// reasons it was decided on, the first thing a compliance manager reads; the certification arrangements' risks apart.
import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Verdict, VerdictReason } from '../../http/types.ts';

const tone = { 'ready-with-minor-adjustments': 'teal', 'ready-after-specific-actions': 'orange', 'not-ready': 'red' } as const;

export function VerdictCard({ verdict, asOf, org }: { readonly verdict: Verdict; readonly asOf: string; readonly org: string }) {
  const color = tone[verdict.verdict] ?? 'gray';
  const certified = verdict.standing?.kind === 'certified';
  const risks = verdict.certificationRisks ?? [];
  return (
    <Card withBorder padding="lg" style={{ borderLeft: `6px solid var(--mantine-color-${color}-6)` }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">{certified ? 'Verdict for the next audit' : 'Stage 1 verdict'} as of {asOf}</Text>
            <Title order={2} size="h3">{verdict.label}</Title>
          </div>
          <Badge color={color} variant="light" size="lg">{verdict.verdict.replaceAll('-', ' ')}</Badge>
        </Group>
        <Text size="sm">{verdict.decidedBy}</Text>
        <ReasonList reasons={verdict.reasons} org={org} />
        {verdict.standing?.certificateOutlook ? (
          <Text size="sm"><b>Certificate {verdict.standing.certificate?.number}:</b> {verdict.standing.certificateOutlook}</Text>
        ) : null}
        {risks.length > 0 ? (
          <div>
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">Certification arrangements (reported apart: they do not change the verdict)</Text>
            <ReasonList reasons={risks} org={org} label="Certification arrangement risks" />
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The checks behind a verdict (or beside it), each with its severity and a link to its findings. */
function ReasonList({ reasons, org, label }: { readonly reasons: readonly VerdictReason[]; readonly org: string; readonly label?: string }) {
  if (reasons.length === 0) return null;
  return (
    <List size="sm" spacing={4} aria-label={label}>
      {reasons.map((r) => (
        <List.Item key={r.check}>
          <Badge size="xs" color={r.severity === 'major' ? 'red' : 'orange'} variant="light" mr={6}>{r.severity}</Badge>
          <Text span size="sm">{r.text.replace(`${r.check}: `, '')} </Text>
          <Anchor component={Link} to={`/orgs/${org}/findings?check=${encodeURIComponent(r.check)}`} size="sm" data-check={r.check}>Open the finding</Anchor>
        </List.Item>
      ))}
    </List>
  );
}
