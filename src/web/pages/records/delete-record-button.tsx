// Delete, only after the person confirms; a record others refer to is refused by the API, and we say which.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { deleteRecord } from '../../http/registers.ts';
import type { RegisterNav } from '../../registers/navigation.ts';

export function DeleteRecordButton({ org, nav, id, version }: { readonly org: string; readonly nav: RegisterNav; readonly id: string; readonly version: number }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();
  const navigate = useNavigate();
  async function confirm() {
    setBusy(true);
    try {
      await deleteRecord(org, nav.slug, id, version);
      await client.invalidateQueries({ queryKey: ['register', org] });
      await client.invalidateQueries({ queryKey: ['dashboard', org] });
      notifications.show({ color: 'teal', title: 'Deleted', message: `${nav.title} ${id} was deleted.` });
      navigate(`/orgs/${org}/r/${nav.slug}`);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Not deleted', message: (e as Error).message, autoClose: 10_000 });
      setBusy(false);
      close();
    }
  }
  return (
    <>
      <Button color="red" variant="light" onClick={open}>Delete</Button>
      <Modal opened={opened} onClose={close} title={`Delete ${nav.title.toLowerCase()} ${id}?`} centered>
        <Text size="sm">The record leaves the register; its audit trail stays. This cannot be undone from here.</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>Keep it</Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>Delete</Button>
        </Group>
      </Modal>
    </>
  );
}
