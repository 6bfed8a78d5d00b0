// "Columns": which fields a register's list shows, remembered per register in this browser.
import { Button, Checkbox, Popover, ScrollArea, Stack } from '@mantine/core';
import type { Field } from '../../registers/schema.ts';

export function ColumnPicker({ fields, value, onChange }: { readonly fields: readonly Field[]; readonly value: readonly string[]; readonly onChange: (v: string[]) => void }) {
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button variant="default" size="sm">Columns ({value.length})</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <ScrollArea.Autosize mah={360} type="auto">
          <Checkbox.Group value={[...value]} onChange={(v) => onChange(fields.map((f) => f.key).filter((k) => v.includes(k)))} label="Show these columns">
            <Stack gap={6} mt="xs">
              {fields.map((f) => <Checkbox key={f.key} value={f.key} label={f.label} disabled={value.length === 1 && value.includes(f.key)} />)}
            </Stack>
          </Checkbox.Group>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
