// Shows one field's value the way a reader wants it: badges for enumerations, links for references, dates as dates.
import { Badge, Group, Text } from '@mantine/core';
import { useLabels } from '../http/labels.ts';
import type { Field } from '../registers/schema.ts';
import { RecordLink } from './record-link.tsx';

const catalogueTargets = new Set(['clause', 'control', 'clauseOrControl', 'annexCObjective', 'annexCRiskSource']);

const enumColor = (value: string): string => {
  if (/^(done|closed|implemented|approved|valid|ready|evidenced|held|completed|in-operation|accepted|treated|selected)$/.test(value)) return 'teal';
  if (/^(open|overdue|rejected|not-ready|major|expired|withdrawn|suspended|not-started)$/.test(value)) return 'red';
  if (/^(planned|in-progress|partially-implemented|treatment-planned|minor|needs-practice|pending|in-development|shortlisted)$/.test(value)) return 'orange';
  return 'gray';
};

export function RefValue({ org, target, id }: { readonly org: string; readonly target: string; readonly id: string }) {
  if (catalogueTargets.has(target) || (target === 'control' && id.startsWith('A.'))) return <Badge variant="outline" color="gray" size="sm" radius="sm" tt="none">{id}</Badge>;
  return <NamedRecordLink org={org} register={target === 'control' ? 'customControls' : target} id={id} />;
}

/** A link to a record that shows its name (loaded once per register) and falls back to its id. */
export function NamedRecordLink({ org, register, id }: { readonly org: string; readonly register: string; readonly id: string }) {
  const labels = useLabels(org, register);
  return <RecordLink org={org} register={register} id={id}>{labels.get(id) ?? id}</RecordLink>;
}

export function FieldValue({ org, field, value }: { readonly org: string; readonly field: Field; readonly value: unknown }) {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return <Text size="sm" c="dimmed">—</Text>;
  switch (field.kind) {
    case 'boolean':
      return <Text size="sm">{value ? 'Yes' : 'No'}</Text>;
    case 'enum':
      return <Badge variant="light" color={enumColor(String(value))} size="sm" radius="sm" tt="none" style={{ minWidth: 'max-content' }}>{String(value)}</Badge>;
    case 'enums':
      return <Group gap={4}>{(value as string[]).map((v) => <Badge key={v} variant="light" color="gray" size="sm" tt="none">{v}</Badge>)}</Group>;
    case 'ref':
      return <RefValue org={org} target={field.target} id={String(value)} />;
    case 'refs':
      return <Group gap={6}>{(value as string[]).map((v) => <RefValue key={v} org={org} target={field.target} id={v} />)}</Group>;
    case 'texts':
      return <Text size="sm">{(value as string[]).join('; ')}</Text>;
    case 'recordRef': {
      const r = value as { register: string; id: string };
      return <RecordLink org={org} register={r.register} id={r.id}>{`${r.register}/${r.id}`}</RecordLink>;
    }
    case 'object':
    case 'objects':
      return <Text size="sm" c="dimmed">{Array.isArray(value) ? `${value.length} ${value.length === 1 ? 'entry' : 'entries'}` : 'see below'}</Text>;
    default:
      return <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</Text>;
  }
}
