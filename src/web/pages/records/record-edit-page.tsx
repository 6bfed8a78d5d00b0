// Create or edit a record in a form built from its register's schema; a stale save offers to reload.
import { Alert, Breadcrumbs, Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../http/client.ts';
import { saveRecord, useRecord } from '../../http/registers.ts';
import { ErrorState, Loading } from '../../components/states.tsx';
import { registerBySlug, type RegisterNav } from '../../registers/navigation.ts';
import { emptyRecord, registerFields } from '../../registers/schema.ts';
import NotFoundPage from '../not-found.tsx';
import { FieldsInput } from './field-input.tsx';
import { errorAt, errorMap, type Value } from './form-state.ts';
import '@mantine/dates/styles.css';

export default function RecordEditPage() {
  const { org = '', register = '', id } = useParams();
  const nav = registerBySlug(register);
  if (!nav) return <NotFoundPage />;
  return <RecordEditor key={`${nav.slug}/${id ?? ''}`} org={org} nav={nav} id={id} />;
}

function RecordEditor({ org, nav, id }: { readonly org: string; readonly nav: RegisterNav; readonly id: string | undefined }) {
  const fields = registerFields(nav.name);
  const current = useRecord(org, nav.slug, id);
  const client = useQueryClient();
  const navigate = useNavigate();
  const [value, setValue] = useState<Value | undefined>(id === undefined ? emptyRecord(fields) : undefined);
  const [version, setVersion] = useState<number | undefined>();
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | undefined>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (current.data && value === undefined) {
      setValue(current.data.record as Value);
      setVersion(current.data.version);
    }
  }, [current.data, value]);

  if (id !== undefined && current.isPending) return <Loading />;
  if (id !== undefined && current.isError) return <ErrorState error={current.error} retry={() => void current.refetch()} />;
  if (value === undefined) return <Loading />;
  if (id !== undefined && current.data && !current.data.allowedActions.includes('update')) {
    return <ErrorState error={new Error('You may read this record but not change it: ask its owner or an AIMS manager.')} />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    setErrors(new Map());
    try {
      const saved = await saveRecord(org, nav.slug, id, value!, version);
      await client.invalidateQueries({ queryKey: ['register', org] });
      await client.invalidateQueries({ queryKey: ['dashboard', org] });
      await client.invalidateQueries({ queryKey: ['readiness', org] });
      notifications.show({ color: 'teal', title: 'Saved', message: `${nav.title} ${String(saved.record.id)} saved.` });
      navigate(`/orgs/${org}/r/${nav.slug}/${encodeURIComponent(String(saved.record.id))}`);
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && e.status === 409 && id !== undefined) {
        setConflict(true);
        return;
      }
      if (e instanceof ApiError) setErrors(errorMap(e.details));
      setFailure((e as Error).message);
    }
  }

  async function reload() {
    const fresh = await current.refetch();
    if (fresh.data) {
      setValue(fresh.data.record as Value);
      setVersion(fresh.data.version);
      setConflict(false);
    }
  }

  const listTo = `/orgs/${org}/r/${nav.slug}`;
  const formErrors = [...errors].filter(([p]) => p === '' || !fields.some((f) => p === f.key || p.startsWith(`${f.key}.`) || p.startsWith(`${f.key}[`)));
  return (
    <Stack gap="md" maw={960}>
      <Breadcrumbs>
        <Anchor component={Link} to={listTo} size="sm">{nav.plural}</Anchor>
        {id ? <Anchor component={Link} to={`${listTo}/${encodeURIComponent(id)}`} size="sm">{id}</Anchor> : null}
        <Text size="sm">{id ? 'Edit' : 'New'}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">{id ? `Edit ${nav.title} ${id}` : `New ${nav.title}`}</Title>
      {conflict ? (
        <Alert color="orange" role="alert" title="Someone else changed this record">
          <Stack gap="xs">
            <Text size="sm">It was changed after you opened it, so your save was refused and nothing was changed. Reload to see their version (your edits here will be replaced), then make your change again.</Text>
            <Group><Button onClick={() => void reload()}>Reload the current version</Button></Group>
          </Stack>
        </Alert>
      ) : null}
      {failure ? (
        <Alert color="red" role="alert" title="Not saved">
          <Text size="sm">{failure}</Text>
          {formErrors.map(([p, m]) => <Text key={p} size="sm">{p ? `${p}: ` : ''}{m}</Text>)}
        </Alert>
      ) : null}
      <Card withBorder padding="lg">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            {id === undefined ? (
              <TextInput label="ID" description="A short readable id, e.g. risk-014. Letters, digits, dots, colons and dashes." withAsterisk
                value={(value.id as string | undefined) ?? ''} onChange={(e) => setValue({ ...value, id: e.currentTarget.value })} error={errorAt(errors, 'id')} w={320} />
            ) : null}
            <FieldsInput org={org} fields={fields.filter((f) => f.key !== 'id')} path="" value={value} onChange={setValue} errors={errors} />
            <Group mt="md">
              <Button type="submit" loading={busy} disabled={conflict}>Save</Button>
              <Button variant="default" component={Link} to={id ? `${listTo}/${encodeURIComponent(id)}` : listTo}>Cancel</Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
