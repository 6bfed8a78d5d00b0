// The findings that decide the verdict first, each with the record to fix one click away.
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Finding } from '../../http/types.ts';
import { recordPath } from '../../components/record-link.tsx';

const order = { major: 0, minor: 1, observation: 2 } as const;
const color = { major: 'red', minor: 'orange', observation: 'yellow' } as const;

export function TopFindings({ org, findings }: { readonly org: string; readonly findings: readonly Finding[] }) {
  const top = findings
    .filter((f) => f.outcome === 'finding')
    .sort((a, b) => Number(b.decidesVerdict ?? false) - Number(a.decidesVerdict ?? false) || order[a.severity] - order[b.severity])
    .slice(0, 6);
  return (
    <Card withBorder padding="lg" h="100%">
      <Title order={2} size="h4" mb="sm">What an auditor would raise first</Title>
      {top.length === 0 ? <Text size="sm" c="dimmed">No findings: the checks found nothing an auditor would raise.</Text> : null}
      <Stack gap="sm">
        {top.map((f, i) => {
          const subject = f.subjects.find((s) => s.register !== 'organisation');
          const to = subject ? recordPath(org, subject.register, subject.id) : undefined;
          return (
            <div key={`${f.check}-${i}`} data-check={f.check}>
              <Group gap={6} wrap="nowrap">
                <Badge size="xs" color={color[f.severity]}>{f.severity}</Badge>
                <Text size="xs" ff="monospace" c="dimmed">{f.check}</Text>
                <Text size="xs" c="dimmed">[{f.refs.join(', ')}]</Text>
              </Group>
              <Text size="sm" lineClamp={2}>{f.message}</Text>
              {to && subject ? <Anchor component={Link} to={to} size="xs">Fix in {subject.label ?? subject.id}</Anchor> : null}
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}
