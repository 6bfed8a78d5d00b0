// One input per field kind: text, numbers, dates, enumerations as selects, references as pickers, lists as groups.
import { Button, Card, Checkbox, Fieldset, Group, MultiSelect, NumberInput, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Field } from '../../registers/schema.ts';
import { emptyRecord } from '../../registers/schema.ts';
import { childPath, errorAt, setKey, type Value } from './form-state.ts';
import { RefPicker, RefsPicker } from './ref-picker.tsx';

interface Props {
  readonly org: string;
  readonly field: Field;
  readonly path: string;
  readonly value: unknown;
  readonly onChange: (next: unknown) => void;
  readonly errors: ReadonlyMap<string, string>;
}

const longText = /description|justification|statement|summary|purpose|intendedUse|criteria|conclusion|plan|notes|rootCause|correction|oversight|provenance|preparation|acquisition|allocation|expectation|report|consequences|mitigation|message|evidence$/i;

export function FieldInput({ org, field, path, value, onChange, errors }: Props) {
  const common = { label: field.label, description: field.description, withAsterisk: field.required, error: errorAt(errors, path, field.kind === 'refs' || field.kind === 'texts' || field.kind === 'enums') };
  const text = (v: string) => onChange(v === '' && !field.required ? undefined : v);
  switch (field.kind) {
    case 'text':
      return longText.test(field.key)
        ? <Textarea {...common} autosize minRows={2} maxRows={8} value={(value as string | undefined) ?? ''} onChange={(e) => text(e.currentTarget.value)} />
        : <TextInput {...common} value={(value as string | undefined) ?? ''} onChange={(e) => text(e.currentTarget.value)} />;
    case 'date':
      return <DateInput {...common} valueFormat="YYYY-MM-DD" clearable={!field.required} clearButtonProps={{ "aria-label": `Clear ${field.label}` }} placeholder="YYYY-MM-DD" value={(value as string | undefined) ?? null} onChange={(v) => onChange(v ?? undefined)} w={220} />;
    case 'datetime':
      return <TextInput {...common} placeholder="2026-05-01T09:00:00Z" value={(value as string | undefined) ?? ''} onChange={(e) => text(e.currentTarget.value)} />;
    case 'integer':
    case 'number':
      return <NumberInput {...common} min={field.min} max={field.max} allowDecimal={field.kind === 'number'} value={(value as number | undefined) ?? ''} onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? undefined : Number(v))} w={220} />;
    case 'boolean':
      return <Checkbox label={field.label} description={field.description} error={common.error} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} mt="xs" />;
    case 'enum':
      return <Select {...common} data={field.options.map((o) => ({ value: o, label: o }))} clearable={!field.required} value={(value as string | undefined) ?? null} onChange={(v) => onChange(v ?? undefined)} w={320} />;
    case 'enums':
      return <MultiSelect {...common} data={field.options.map((o) => ({ value: o, label: o }))} value={(value as string[] | undefined) ?? []} onChange={(v) => onChange(v.length || field.required ? v : undefined)} />;
    case 'ref':
      return <RefPicker org={org} target={field.target} {...common} required={field.required} value={value as string | undefined} onChange={onChange} />;
    case 'refs':
      return <RefsPicker org={org} target={field.target} {...common} required={field.required} value={(value as string[] | undefined) ?? []} onChange={(v) => onChange(v.length || field.required ? v : undefined)} />;
    case 'texts':
      return <TagsInput {...common} placeholder="Type and press Enter" value={(value as string[] | undefined) ?? []} onChange={(v) => onChange(v.length || field.required ? v : undefined)} />;
    case 'recordRef': {
      const r = (value as { register?: string; id?: string } | undefined) ?? {};
      return (
        <Group grow>
          <TextInput label={`${field.label}: register`} value={r.register ?? ''} onChange={(e) => onChange({ ...r, register: e.currentTarget.value })} error={errorAt(errors, path)} />
          <TextInput label={`${field.label}: id`} value={r.id ?? ''} onChange={(e) => onChange({ ...r, id: e.currentTarget.value })} />
        </Group>
      );
    }
    case 'object': {
      if (value === undefined) {
        return (
          <Group>
            <Text size="sm" fw={500}>{field.label}</Text>
            <Button variant="light" size="xs" onClick={() => onChange(emptyRecord(field.fields))}>Add {field.label.toLowerCase()}</Button>
          </Group>
        );
      }
      return (
        <Fieldset legend={field.label}>
          <Stack gap="sm">
            <FieldsInput org={org} fields={field.fields} path={path} value={value as Value} onChange={onChange} errors={errors} />
            {!field.required ? <Group><Button variant="subtle" color="red" size="xs" onClick={() => onChange(undefined)}>Remove {field.label.toLowerCase()}</Button></Group> : null}
          </Stack>
        </Fieldset>
      );
    }
    case 'objects': {
      const items = (value as Value[] | undefined) ?? [];
      const set = (next: Value[]) => onChange(next.length || field.required ? next : undefined);
      return (
        <Fieldset legend={`${field.label} (${items.length})`}>
          <Stack gap="sm">
            {common.error && !errors.has(path) ? null : common.error ? <Text c="red" size="sm">{common.error}</Text> : null}
            {items.map((item, i) => (
              <Card key={i} withBorder padding="sm" bg="gray.0">
                <Stack gap="xs">
                  <FieldsInput org={org} fields={field.fields} path={childPath(path, i)} value={item} onChange={(v) => set(items.map((x, j) => (j === i ? (v as Value) : x)))} errors={errors} />
                  <Group justify="flex-end"><Button variant="subtle" color="red" size="xs" onClick={() => set(items.filter((_x, j) => j !== i))}>Remove entry {i + 1}</Button></Group>
                </Stack>
              </Card>
            ))}
            <Group><Button variant="light" size="xs" onClick={() => set([...items, emptyRecord(field.fields)])}>Add {field.label.toLowerCase().replace(/s$/, '')}</Button></Group>
          </Stack>
        </Fieldset>
      );
    }
  }
}

export function FieldsInput({ org, fields, path, value, onChange, errors }: { readonly org: string; readonly fields: readonly Field[]; readonly path: string; readonly value: Value; readonly onChange: (v: Value) => void; readonly errors: ReadonlyMap<string, string> }) {
  return (
    <>
      {fields.map((f) => (
        <FieldInput key={f.key} org={org} field={f} path={childPath(path, f.key)} value={value[f.key]} errors={errors} onChange={(next) => onChange(setKey(value, f.key, next))} />
      ))}
    </>
  );
}
