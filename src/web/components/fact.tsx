// One labelled fact of a record page (a label above its value), as the document and evidence pages show them.
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function Fact({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed">{label}</Text>
      {children}
    </div>
  );
}
