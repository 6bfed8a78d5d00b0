// API tokens for the CLI and CI: each scoped to one organisation and role with an expiry, shown once when made.
import { Alert, Badge, Button, Card, Code, CopyButton, Group, Modal, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../http/client.ts';
import { useOrganisations } from '../http/session.ts';
import { EmptyState, ErrorState, Loading } from '../components/states.tsx';
import '@mantine/dates/styles.css';

/** `GET /api/tokens`: the signed-in user's own tokens, never the secret itself. */
interface Token { readonly id: string; readonly name: string | null; readonly organisationId: string; readonly role: string; readonly createdAt: string; readonly expiresAt: string; readonly revokedAt: string | null; readonly active: boolean }
const roles = ['owner', 'manager', 'contributor', 'internal-auditor', 'top-management', 'external-auditor', 'viewer'];

export default function TokensPage() {
  const client = useQueryClient();
  const orgs = useOrganisations();
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: async () => (await api<{ items: Token[] }>('/api/tokens')).items });
  const [form, setForm] = useState<{ name: string; org: string | null; role: string | null; expires: string | null }>({ name: '', org: null, role: 'viewer', expires: null });
  const [created, setCreated] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [revoking, setRevoking] = useState<Token | undefined>();
  const [confirmOpen, confirm] = useDisclosure(false);

  const orgName = (id: string) => orgs.data?.find((o) => o.id === id)?.name ?? id;

  async function create() {
    setError(undefined);
    try {
      const answer = await api<{ token: string }>('/api/tokens', { method: 'POST', body: { organisationId: form.org, role: form.role, ...(form.name ? { name: form.name } : {}), ...(form.expires ? { expires: form.expires } : {}) } });
      setCreated(answer.token);
      await client.invalidateQueries({ queryKey: ['tokens'] });
    } catch (e) {
      setError((e as Error).message);
    }
  }
  async function revoke() {
    if (!revoking) return;
    try {
      await api(`/api/tokens/${encodeURIComponent(revoking.id)}`, { method: 'DELETE' });
      await client.invalidateQueries({ queryKey: ['tokens'] });
    } catch (e) {
      setError((e as Error).message);
    }
    confirm.close();
  }

  return (
    <Stack gap="md" maw={1000}>
      <div>
        <Title order={1} size="h2">API tokens</Title>
        <Text size="sm" c="dimmed">For the CLI and CI: send <Code>Authorization: Bearer &lt;token&gt;</Code>. A token acts in one organisation with one role until it expires.</Text>
      </div>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">New token</Title>
        {error ? <Alert color="red" role="alert" mb="sm">{error}</Alert> : null}
        {created ? (
          <Alert color="teal" title="Copy the token now: it is shown only once" mb="sm">
            <Group><Code>{created}</Code><CopyButton value={created}>{({ copied, copy }) => <Button size="xs" onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton></Group>
          </Alert>
        ) : null}
        <Group align="flex-end">
          <TextInput label="Name" placeholder="ci-pipeline" value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
          <Select label="Organisation" required data={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))} value={form.org} onChange={(v) => setForm({ ...form, org: v })} />
          <Select label="Role" required data={roles} value={form.role} onChange={(v) => setForm({ ...form, role: v })} />
          <DateInput label="Expires on" valueFormat="YYYY-MM-DD" value={form.expires} onChange={(v) => setForm({ ...form, expires: v })} clearable clearButtonProps={{ "aria-label": "Clear the expiry date" }} />
          <Button onClick={() => void create()} disabled={!form.org || !form.role}>Create token</Button>
        </Group>
      </Card>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">Your tokens</Title>
        {tokens.isPending ? <Loading /> : tokens.isError ? <ErrorState error={tokens.error} /> : tokens.data.length === 0 ? <EmptyState title="No tokens">Create one above for a CI job or a script.</EmptyState> : (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Organisation</Table.Th><Table.Th>Role</Table.Th><Table.Th>Created</Table.Th><Table.Th>Expires</Table.Th><Table.Th>State</Table.Th><Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {tokens.data.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.name ?? t.id}</Table.Td><Table.Td>{orgName(t.organisationId)}</Table.Td><Table.Td>{t.role}</Table.Td><Table.Td>{t.createdAt.slice(0, 10)}</Table.Td><Table.Td>{t.expiresAt.slice(0, 10)}</Table.Td>
                  <Table.Td>{t.active ? <Badge color="teal" size="sm" tt="none">active</Badge> : <Badge color="gray" size="sm" tt="none">{t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : 'expired'}</Badge>}</Table.Td>
                  <Table.Td>{t.active ? <Button size="xs" color="red" variant="subtle" onClick={() => { setRevoking(t); confirm.open(); }} aria-label={`Revoke ${t.name ?? t.id}`}>Revoke</Button> : null}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Modal opened={confirmOpen} onClose={confirm.close} title="Revoke this token?" centered>
        <Text size="sm">Scripts and CI jobs using {revoking?.name ?? revoking?.id} stop working at once.</Text>
        <Group justify="flex-end" mt="md"><Button variant="default" onClick={confirm.close}>Keep it</Button><Button color="red" onClick={() => void revoke()}>Revoke</Button></Group>
      </Modal>
    </Stack>
  );
}
