// First run: the one-time setup token printed by `aims serve` on an empty installation creates the first owner.
import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, ApiError } from '../http/client.ts';
import { adoptSession } from '../http/session.ts';
import type { SessionInfo } from '../http/types.ts';

export default function SetupPage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState({ token: '', name: '', email: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!form.token.trim()) problems.token = 'Paste the setup token that `aims serve` printed when it started.';
    if (!form.email.includes('@')) problems.email = 'Enter the email address you will sign in with.';
    if (form.password !== form.confirm) problems.confirm = 'The two passwords differ; type the same password twice.';
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const created = await api<{ session: SessionInfo }>('/api/setup', { method: 'POST', body: { setupToken: form.token.trim(), email: form.email.trim(), password: form.password, ...(form.name.trim() ? { name: form.name.trim() } : {}) } });
      adoptSession(client, created.session);
      client.setQueryData(['setup'], false);
      navigate('/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.details.length) {
        setErrors(Object.fromEntries(e.details.map((d) => [(d.field ?? 'form').replace(/^\/?(body[./])?/, '').replace('setupToken', 'token'), d.message])));
      }
      setFailure((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w={460} maw="100%">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">Set up OpenAIMS</Title>
              <Text c="dimmed" size="sm">This installation has no accounts yet. Create the first owner: they can invite everyone else.</Text>
            </div>
            {failure ? <Alert color="red" role="alert" title="The owner was not created">{failure}</Alert> : null}
            <TextInput label="Setup token" description="Printed once by `aims serve` on an empty installation." required withAsterisk={false} value={form.token} onChange={set('token')} error={errors.token} autoComplete="off" />
            <TextInput label="Name" value={form.name} onChange={set('name')} error={errors.name} autoComplete="name" />
            <TextInput label="Email" type="email" required withAsterisk={false} value={form.email} onChange={set('email')} error={errors.email} autoComplete="username" />
            <PasswordInput label="Password" description="At least 12 characters; not a common password." required withAsterisk={false} value={form.password} onChange={set('password')} error={errors.password} autoComplete="new-password" />
            <PasswordInput label="Repeat the password" required withAsterisk={false} value={form.confirm} onChange={set('confirm')} error={errors.confirm} autoComplete="new-password" />
            <Button type="submit" loading={busy}>Create the owner and sign in</Button>
            <Text size="xs" c="dimmed">Already set up? <Anchor component={Link} to="/sign-in" size="xs">Sign in</Anchor>.</Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
