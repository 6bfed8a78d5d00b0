// The seven readiness steps before Stage 1, with what the records show and what is still needed.
import { Badge, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReadinessStepStatus } from '../../http/types.ts';

const look = {
  done: { color: 'teal', mark: '✓', label: 'done' },
  'in-progress': { color: 'orange', mark: '…', label: 'in progress' },
  'not-started': { color: 'gray', mark: '○', label: 'not started' },
} as const;

export function ReadinessSteps({ steps }: { readonly steps: readonly ReadinessStepStatus[] }) {
  const done = steps.filter((s) => s.state === 'done').length;
  return (
    <Card withBorder padding="lg" h="100%">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Readiness steps</Title>
        <Text size="sm" c="dimmed">{done} of {steps.length} done</Text>
      </Group>
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {steps.map((s) => {
          const l = look[s.state];
          return (
            <Group key={s.step} component="li" align="flex-start" wrap="nowrap" gap="sm">
              <ThemeIcon color={l.color} variant={s.state === 'done' ? 'filled' : 'light'} radius="xl" size="md" aria-hidden>{l.mark}</ThemeIcon>
              <div style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>{s.number}. {s.title}</Text>
                  <Badge size="xs" variant="light" color={l.color}>{l.label}</Badge>
                  {s.contradicted ? <Badge size="xs" color="red" variant="outline">marked done, records disagree</Badge> : null}
                </Group>
                <Text size="xs" c="dimmed">{s.evidence}</Text>
                {s.outstanding.length > 0 ? (
                  <List size="xs" withPadding>
                    {s.outstanding.slice(0, 3).map((o) => <List.Item key={o}>{o}</List.Item>)}
                  </List>
                ) : null}
              </div>
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
