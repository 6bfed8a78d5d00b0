// Evidence-index coverage: how many clauses 4–10 and applied controls have current evidence, and how many ask for
// no records (verified by interview or observation).
import { Anchor, Card, Group, RingProgress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { CoverageCounts } from '../../http/types.ts';

function Ring({ label, counts }: { readonly label: string; readonly counts: CoverageCounts }) {
  const pct = (n: number) => (counts.total ? (n / counts.total) * 100 : 0);
  const share = counts.total ? Math.floor((counts.evidenced / counts.total) * 100) : 0;
  return (
    <Group wrap="nowrap" gap="sm">
      <RingProgress
        size={96}
        thickness={10}
        roundCaps={false}
        aria-label={`${label}: ${counts.evidenced} of ${counts.total} evidenced`}
        label={<Text ta="center" fw={700} size="sm">{share}%</Text>}
        sections={[
          { value: pct(counts.evidenced), color: 'teal' },
          { value: pct(counts.interviewOrObservation), color: 'gray' },
          { value: pct(counts.onlyStale), color: 'yellow' },
          { value: pct(counts.onlyExpired), color: 'orange' },
          { value: pct(counts.noEvidence), color: 'red' },
        ]}
      />
      <Stack gap={0}>
        <Text size="sm" fw={600}>{label}</Text>
        <Text size="xs">{counts.evidenced} of {counts.total} evidenced</Text>
        <Text size="xs" c="dimmed">{counts.interviewOrObservation} by interview or observation · {counts.onlyStale} only stale · {counts.onlyExpired} only expired · {counts.noEvidence} none</Text>
      </Stack>
    </Group>
  );
}

export function CoverageCard({ org, coverage }: { readonly org: string; readonly coverage: { readonly clauses: CoverageCounts; readonly controls: CoverageCounts } }) {
  return (
    <Card withBorder padding="lg" h="100%">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Evidence coverage</Title>
        <Anchor component={Link} to={`/orgs/${org}/evidence-index`} size="sm">Evidence index</Anchor>
      </Group>
      <Stack gap="md">
        <Ring label="Clauses 4–10" counts={coverage.clauses} />
        <Ring label="Applied controls" counts={coverage.controls} />
      </Stack>
    </Card>
  );
}
