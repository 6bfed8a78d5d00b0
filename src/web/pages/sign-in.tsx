// Sign-in: email and password, then back to where the person was going (or their organisation's dashboard).
import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../http/client.ts';
import { signIn, useSetupNeeded } from '../http/session.ts';

export function SignInPage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const setupNeeded = useSetupNeeded();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(client, email.trim(), password);
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'That email and password do not match an account. Check both and try again.' : (e as Error).message);
      setBusy(false);
    }
  }

  // An installation without accounts has nobody to sign in: the first-run screen creates the owner.
  if (setupNeeded.data === true) return <Navigate to="/setup" replace />;
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w={400} maw="100%">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">OpenAIMS</Title>
              <Text c="dimmed" size="sm">Sign in to your AI management system.</Text>
            </div>
            {error ? <Alert color="red" role="alert" title="Not signed in">{error}</Alert> : null}
            <TextInput label="Email" type="email" autoComplete="username" required withAsterisk={false} value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoFocus />
            <PasswordInput label="Password" autoComplete="current-password" required withAsterisk={false} value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" loading={busy} fullWidth>Sign in</Button>
            <Text size="xs" c="dimmed">
              A new installation? <Anchor component={Link} to="/setup" size="xs">Create the first owner</Anchor> with the setup token that <code>aims serve</code> printed.
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
