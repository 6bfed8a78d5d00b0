// A reference field as a searchable picker of the target register (or of the catalogue for clauses and controls).
import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { annexCObjectives, annexCRiskSources, clauses, controls } from '../../../domain/catalogue/index.ts';
import { registers, type RegisterName } from '../../../domain/model/registers.ts';
import { useRegisterList } from '../../http/registers.ts';
import { registerBySlug } from '../../registers/navigation.ts';

interface Option { readonly value: string; readonly label: string }

const catalogue: Record<string, readonly Option[]> = {
  clause: clauses.map((c) => ({ value: c.id, label: `${c.id} ${c.title}` })),
  control: controls.map((c) => ({ value: c.id, label: `${c.id} ${c.title}` })),
  clauseOrControl: [...clauses, ...controls].map((c) => ({ value: c.id, label: `${c.id} ${c.title}` })),
  annexCObjective: annexCObjectives.map((c) => ({ value: c.id, label: `${c.id} ${c.title}` })),
  annexCRiskSource: annexCRiskSources.map((c) => ({ value: c.id, label: `${c.id} ${c.title}` })),
};

/** Options of a target: the catalogue's, plus for `control` the organisation's own controls, or the register's records. */
function useOptions(org: string, target: string, search: string): { options: Option[]; loading: boolean } {
  const registerTarget = target === 'control' || target === 'clauseOrControl' ? 'customControls' : target;
  const nav = registerBySlug(registerTarget);
  const list = useRegisterList(org, nav?.slug ?? '', { q: search, page: 1, pageSize: 30 }, nav !== undefined);
  const fromRegister: Option[] = nav
    ? (list.data?.items ?? []).map(({ record }) => {
        const labelKey = registers[nav.name as RegisterName].label;
        const id = String(record.id);
        const label = record[labelKey] !== undefined && labelKey !== 'id' ? `${String(record[labelKey])} (${id})` : id;
        return { value: id, label };
      })
    : [];
  return { options: [...(catalogue[target] ?? []), ...fromRegister], loading: list.isFetching };
}

/** Keep the chosen values selectable even when the current search does not return them. */
function withValues(options: Option[], values: readonly string[]): Option[] {
  const seen = new Set(options.map((o) => o.value));
  return [...options, ...values.filter((v) => !seen.has(v)).map((v) => ({ value: v, label: v }))];
}

interface PickerProps {
  readonly org: string;
  readonly target: string;
  readonly label: string;
  readonly description?: string;
  readonly required: boolean;
  readonly error?: string;
}

export function RefPicker({ value, onChange, ...p }: PickerProps & { readonly value: string | undefined; readonly onChange: (v: string | undefined) => void }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const { options } = useOptions(p.org, p.target, q);
  return (
    <Select label={p.label} description={p.description} withAsterisk={p.required} error={p.error} searchable clearable={!p.required}
      data={withValues(options, value ? [value] : [])} value={value ?? null} onChange={(v) => onChange(v ?? undefined)}
      onSearchChange={setSearch} nothingFoundMessage="Nothing found: type part of a name or id" limit={60} />
  );
}

export function RefsPicker({ value, onChange, ...p }: PickerProps & { readonly value: readonly string[]; readonly onChange: (v: string[]) => void }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const { options } = useOptions(p.org, p.target, q);
  return (
    <MultiSelect label={p.label} description={p.description} withAsterisk={p.required} error={p.error} searchable clearable
      data={withValues(options, value)} value={[...value]} onChange={onChange} searchValue={search} onSearchChange={setSearch}
      nothingFoundMessage="Nothing found: type part of a name or id" limit={60} />
  );
}
