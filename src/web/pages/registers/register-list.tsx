// The generic list of a register: search, filters on its enumerations, sortable columns, pages, column choice.
import { Button, Card, Group, Pagination, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useLocalStorage } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { registers } from '../../../domain/model/registers.ts';
import { useListCapabilities } from '../../http/openapi.ts';
import { useRegisterList } from '../../http/registers.ts';
import { FieldValue } from '../../components/field-value.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import type { RegisterNav } from '../../registers/navigation.ts';
import { columnFields, defaultColumns } from '../../registers/schema.ts';
import { ColumnPicker } from './column-picker.tsx';

const pageSize = 25;

export function RegisterList({ org, nav, header }: { readonly org: string; readonly nav: RegisterNav; readonly header?: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const fields = columnFields(nav.name);
  const [columns, setColumns] = useLocalStorage<string[]>({ key: `openaims.columns.${nav.slug}`, defaultValue: defaultColumns(nav.name) });
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 250);
  const page = Number(params.get('page') ?? '1') || 1;
  const sort = params.get('sort') ?? undefined;
  const capabilities = useListCapabilities(nav.slug);
  const labelField = registers[nav.name].label;
  const sortKey = (key: string) => (key === labelField && key !== 'id' ? 'label' : key);
  const filterable = fields.filter((f) => (f.kind === 'enum' || f.kind === 'boolean') && capabilities.filters.has(f.key));
  const filters = Object.fromEntries(filterable.flatMap((f) => (params.get(f.key) ? [[f.key, params.get(f.key)!]] : [])));
  const list = useRegisterList(org, nav.slug, { q, page, pageSize, ...(sort ? { sort } : {}), filters });
  const shown = fields.filter((f) => columns.includes(f.key));

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  const toggleSort = (field: string) => {
    const key = sortKey(field);
    update({ sort: sort === key ? `-${key}` : sort === `-${key}` ? undefined : key });
  };
  const sortable = (field: string) => capabilities.sorts.has(sortKey(field));
  const canCreate = list.data?.allowedActions?.includes('create') ?? false;

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{nav.plural}</Title>
          <Text size="sm" c="dimmed">{registers[nav.name].refs.length ? `Serves ${registers[nav.name].refs.join(', ')}` : 'Certification records'}</Text>
        </div>
        {canCreate ? <Button component={Link} to={`/orgs/${org}/r/${nav.slug}/new`}>New {nav.title.toLowerCase()}</Button> : null}
      </Group>
      {header}
      <Card withBorder padding="md">
        <Group gap="sm" mb="sm" align="flex-end">
          <TextInput label="Search" placeholder={`Search ${nav.plural.toLowerCase()}`} value={search} onChange={(e) => { setSearch(e.currentTarget.value); update({ q: e.currentTarget.value || undefined }); }} w={260} type="search" />
          {filterable.slice(0, 4).map((f) => (
            <Select key={f.key} label={f.label} clearable w={190} value={params.get(f.key)} onChange={(v) => update({ [f.key]: v ?? undefined })}
              data={f.kind === 'boolean' ? [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }] : f.kind === 'enum' ? f.options.map((o) => ({ value: o, label: o })) : []} />
          ))}
          <div style={{ marginLeft: 'auto' }}><ColumnPicker fields={fields} value={columns} onChange={(v) => setColumns(v.length ? v : defaultColumns(nav.name))} /></div>
        </Group>
        {list.isPending ? <Loading /> : list.isError ? <ErrorState error={list.error} retry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
          q || Object.keys(filters).length ? (
            <EmptyState title="Nothing matches" action={<Button variant="light" onClick={() => { setSearch(''); setParams(new URLSearchParams(), { replace: true }); }}>Clear search and filters</Button>}>
              No {nav.plural.toLowerCase()} match this search or these filters.
            </EmptyState>
          ) : (
            <EmptyState title={`No ${nav.plural.toLowerCase()} yet`} action={canCreate ? <Button component={Link} to={`/orgs/${org}/r/${nav.slug}/new`}>Add the first one</Button> : undefined}>
              {canCreate ? `Add the first ${nav.title.toLowerCase()}, or import a bundle with aims import.` : `Nobody has recorded any ${nav.plural.toLowerCase()} yet.`}
            </EmptyState>
          )
        ) : (
          <>
            <Table.ScrollContainer minWidth={700}>
              <Table highlightOnHover striped>
                <Table.Thead>
                  <Table.Tr>
                    {shown.map((f) => {
                      const k = sortKey(f.key);
                      return (
                        <Table.Th key={f.key} aria-sort={sort === k ? 'ascending' : sort === `-${k}` ? 'descending' : undefined}>
                          {sortable(f.key) ? (
                            <UnstyledButton onClick={() => toggleSort(f.key)} fw={600} fz="sm" aria-label={`Sort by ${f.label}`}>
                              {f.label} {sort === k ? '▲' : sort === `-${k}` ? '▼' : '↕'}
                            </UnstyledButton>
                          ) : f.label}
                        </Table.Th>
                      );
                    })}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map(({ record }) => {
                    const id = String(record.id);
                    const to = `/orgs/${org}/r/${nav.slug}/${encodeURIComponent(id)}`;
                    return (
                      <Table.Tr key={id} onClick={(e) => { if (!(e.target as HTMLElement).closest('a,button')) navigate(to); }} style={{ cursor: 'pointer' }}>
                        {shown.map((f) => (
                          <Table.Td key={f.key} style={f.key === 'id' ? { whiteSpace: 'nowrap' } : undefined}>
                            {f.key === labelField || (f.key === 'id' && !shown.some((s) => s.key === labelField))
                              ? <Link to={to} style={{ color: 'var(--mantine-color-indigo-8)', fontWeight: 500 }}>{String(record[f.key] ?? id)}</Link>
                              : <FieldValue org={org} field={f} value={record[f.key]} />}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between" mt="sm">
              <Text size="sm" c="dimmed">{list.data.total} {list.data.total === 1 ? 'record' : 'records'}</Text>
              {list.data.total > pageSize ? <Pagination total={Math.ceil(list.data.total / pageSize)} value={page} onChange={(p) => update({ page: String(p) })} size="sm" getControlProps={(c) => ({ 'aria-label': c === 'previous' ? 'Previous page' : c === 'next' ? 'Next page' : c })} /> : null}
            </Group>
          </>
        )}
      </Card>
    </Stack>
  );
}
