// A step of the Standard's workflows (approve, accept, close, freeze) as a button that asks before it acts:
// the dialog says what the step records, takes the step's few inputs, and shows why the server refused it.
import { Alert, Button, Group, List, Modal, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, ApiError } from '../http/client.ts';
import { today } from '../http/today.ts';
import '@mantine/dates/styles.css';

export interface WorkflowInput {
  readonly key: string;
  readonly label: string;
  readonly kind: 'date' | 'text' | 'select' | 'multi';
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly description?: string;
  readonly required?: boolean;
}

interface Props {
  readonly org: string;
  /** The button's words, e.g. "Approve version 1.2". */
  readonly label: string;
  readonly title: string;
  /** What the step records and what it changes, in the dialog. */
  readonly children: ReactNode;
  /** API path under /api/orgs/{org}/, e.g. `documents/doc-1/approve`. */
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly inputs?: readonly WorkflowInput[];
  readonly confirm?: string;
  readonly color?: string;
  readonly variant?: string;
  readonly size?: string;
  readonly done: string;
}

export function WorkflowAction({ org, label, title, children, path, body, inputs = [], confirm, color, variant = 'filled', size = 'sm', done }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const [values, setValues] = useState<Record<string, string | string[]>>(() => Object.fromEntries(inputs.filter((i) => i.kind === 'date').map((i) => [i.key, today()])));
  const [error, setError] = useState<ApiError | Error | undefined>();
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();

  async function run() {
    setBusy(true);
    setError(undefined);
    try {
      const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v.trim() !== '')));
      await api(`/api/orgs/${encodeURIComponent(org)}/${path}`, { method: 'POST', body: { ...body, ...filled } });
      // Every view of the organisation may show what the step changed: records, readiness, dashboard, certification.
      await client.invalidateQueries({ predicate: (q) => q.queryKey.includes(org) });
      notifications.show({ color: 'teal', title: 'Done', message: done });
      close();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  }

  const refused = error instanceof ApiError ? error : undefined;
  return (
    <>
      <Button color={color} variant={variant} size={size} onClick={() => { setError(undefined); open(); }}>{label}</Button>
      <Modal opened={opened} onClose={close} title={title} centered size="lg">
        <Stack gap="sm">
          <Text size="sm" component="div">{children}</Text>
          {inputs.map((i) => i.kind === 'date' ? (
            <DateInput key={i.key} label={i.label} description={i.description} valueFormat="YYYY-MM-DD" value={(values[i.key] as string | undefined) || null} onChange={(v) => setValues({ ...values, [i.key]: v ?? '' })} w={220} />
          ) : i.kind === 'multi' ? (
            <MultiSelect key={i.key} label={i.label} description={i.description} withAsterisk={i.required} searchable data={[...(i.options ?? [])]} value={(values[i.key] as string[] | undefined) ?? []} onChange={(v) => setValues({ ...values, [i.key]: v })} limit={80} />
          ) : i.kind === 'select' ? (
            <Select key={i.key} label={i.label} description={i.description} withAsterisk={i.required} clearable={!i.required} data={[...(i.options ?? [])]} value={(values[i.key] as string | undefined) || null} onChange={(v) => setValues({ ...values, [i.key]: v ?? '' })} />
          ) : (
            <Textarea key={i.key} label={i.label} description={i.description} withAsterisk={i.required} autosize minRows={2} value={(values[i.key] as string | undefined) ?? ''} onChange={(e) => setValues({ ...values, [i.key]: e.currentTarget.value })} />
          ))}
          {error ? (
            <Alert color={refused?.status === 409 ? 'orange' : 'red'} role="alert" title={refused?.status === 409 ? 'Someone else changed this record' : refused?.status === 403 ? 'Not allowed' : 'Not done'}>
              <Text size="sm">{refused?.status === 409 ? 'It changed after you opened this page; nothing was done. Close this dialog, look at the current version, and try again.' : error.message}</Text>
              {refused?.details.length ? <List size="sm" mt={4}>{refused.details.map((d, n) => <List.Item key={n}>{d.field ? `${d.field}: ` : ''}{d.message}</List.Item>)}</List> : null}
            </Alert>
          ) : null}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>Cancel</Button>
            <Button color={color} loading={busy} onClick={() => void run()} disabled={inputs.some((i) => i.required && !(values[i.key]?.length))}>{confirm ?? label}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
