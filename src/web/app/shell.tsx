// The frame of every signed-in page: header with organisation switcher and account menu, sidebar of registers.
import { AppShell, Burger, Group, Menu, ScrollArea, Select, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useOrganisations, useSession, useSignOut } from '../http/session.ts';
import { Sidebar } from './sidebar.tsx';
import { SkipLink } from './skip-link.tsx';

export default function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { org } = useParams();
  const session = useSession();
  const orgs = useOrganisations();
  const navigate = useNavigate();
  const location = useLocation();
  const signOut = useSignOut();
  const user = session.data?.user;

  async function leave(everywhere: boolean) {
    try {
      await signOut(everywhere);
      navigate('/sign-in', { replace: true });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Not signed out', message: (e as Error).message });
    }
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 272, breakpoint: 'md', collapsed: { mobile: !opened } }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label="Show the navigation" />
            <UnstyledButton component={Link} to={org ? `/orgs/${org}` : '/'} aria-label="OpenAIMS home">
              <Text fw={750} size="lg" c="indigo.8">OpenAIMS</Text>
            </UnstyledButton>
            {orgs.data && orgs.data.length > 0 ? (
              <Select
                aria-label="Organisation"
                size="sm"
                w={260}
                allowDeselect={false}
                searchable={orgs.data.length > 6}
                value={org ?? null}
                placeholder="Choose an organisation"
                data={orgs.data.map((o) => ({ value: o.id, label: o.name }))}
                onChange={(value) => value && navigate(`/orgs/${value}`)}
              />
            ) : null}
          </Group>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <UnstyledButton aria-label="Account menu" px="sm" py={4} style={{ borderRadius: 4 }}>
                <Text size="sm" fw={500}>{user?.name ?? user?.email ?? 'Account'}</Text>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{user?.email}</Menu.Label>
              <Menu.Item component={Link} to="/account/tokens">API tokens</Menu.Item>
              <Menu.Divider />
              <Menu.Item onClick={() => void leave(false)}>Sign out</Menu.Item>
              <Menu.Item color="red" onClick={() => void leave(true)}>Sign out everywhere</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar aria-label="Registers and pages">
        <ScrollArea type="auto" px="xs" py="sm">
          {org ? <Sidebar org={org} role={orgs.data?.find((o) => o.id === org)?.role} pathname={location.pathname} onNavigate={close} /> : <Text size="sm" c="dimmed" p="sm">Choose an organisation to see its registers.</Text>}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
