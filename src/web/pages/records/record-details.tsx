// A record's fields as a labelled list; nested objects and lists of entries as their own sections.
import { Card, Divider, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FieldValue } from '../../components/field-value.tsx';
import type { Field } from '../../registers/schema.ts';

export function RecordDetails({ org, fields, value, level = 2 }: { readonly org: string; readonly fields: readonly Field[]; readonly value: Record<string, unknown>; readonly level?: number }) {
  const flat = fields.filter((f) => f.kind !== 'object' && f.kind !== 'objects');
  const nested = fields.filter((f) => f.kind === 'object' || f.kind === 'objects');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm" component="dl" style={{ margin: 0 }}>
        {flat.map((f) => (
          <div key={f.key}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>{f.label}</Text>
            <Text component="dd" m={0}><FieldValue org={org} field={f} value={value[f.key]} /></Text>
          </div>
        ))}
      </SimpleGrid>
      {nested.map((f) => {
        const v = value[f.key];
        if (f.kind !== 'object' && f.kind !== 'objects') return null;
        const items = f.kind === 'objects' ? ((v as Record<string, unknown>[] | undefined) ?? []) : v ? [v as Record<string, unknown>] : [];
        return (
          <div key={f.key}>
            <Divider my="xs" />
            <Title order={level + 1 > 6 ? 6 : ((level + 1) as 3 | 4 | 5 | 6)} size="h5" mb="xs">{f.label}{f.kind === 'objects' ? ` (${items.length})` : ''}</Title>
            {items.length === 0 ? <Text size="sm" c="dimmed">None recorded.</Text> : null}
            <Stack gap="xs">
              {items.map((item, i) => (
                <Card key={i} withBorder padding="sm" bg="gray.0">
                  <RecordDetails org={org} fields={f.fields} value={item} level={level + 1} />
                </Card>
              ))}
            </Stack>
          </div>
        );
      })}
    </Stack>
  );
}
