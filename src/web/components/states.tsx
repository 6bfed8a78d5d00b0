// Loading, error and empty states shared by every page, so that none is ever a blank screen.
import { Alert, Button, Center, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../http/client.ts';

export function Loading({ label = 'Loading…' }: { readonly label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  );
}

export function ErrorState({ error, retry }: { readonly error: unknown; readonly retry?: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  const title = error instanceof ApiError && error.status === 404 ? 'Not found' : error instanceof ApiError && error.status === 403 ? 'Not allowed' : 'Something went wrong';
  return (
    <Alert color="red" title={title} role="alert" my="md">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {retry ? (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={retry}>Try again</Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, children, action }: { readonly title: string; readonly children?: ReactNode; readonly action?: ReactNode }) {
  return (
    <Center py={48}>
      <Stack align="center" gap="xs" maw={520} ta="center">
        <ThemeIcon variant="light" size={44} radius="xl" aria-hidden>○</ThemeIcon>
        <Title order={3} size="h4">{title}</Title>
        {children ? <Text c="dimmed" size="sm">{children}</Text> : null}
        {action}
      </Stack>
    </Center>
  );
}
