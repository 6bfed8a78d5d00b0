// Hooks over the register routes: list, read, history, what refers to a record, save and delete.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import type { Envelope, HistoryEntry, Page, Subject } from './types.ts';

export interface ListParams {
  readonly q?: string;
  readonly page: number;
  readonly pageSize: number;
  /** A field name, `-field` for descending. */
  readonly sort?: string;
  /** What the list route accepts (from /api/openapi.json); unknown parameters are left out. */
  readonly filters?: Record<string, string>;
}

const base = (org: string, slug: string) => `/api/orgs/${encodeURIComponent(org)}/${slug}`;

export function listPath(org: string, slug: string, p: ListParams): string {
  const sort = p.sort?.replace(/^-/, '');
  return `${base(org, slug)}${query({ q: p.q, page: p.page, limit: p.pageSize, sort, order: sort ? (p.sort!.startsWith('-') ? 'desc' : 'asc') : undefined, ...(p.filters ?? {}) })}`;
}

export function useRegisterList(org: string, slug: string, params: ListParams, enabled = true) {
  return useQuery({
    queryKey: ['register', org, slug, 'list', params],
    queryFn: ({ signal }) => api<Page>(listPath(org, slug, params), { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function recordPathOf(org: string, slug: string, id: string): string {
  return `${base(org, slug)}/${encodeURIComponent(id)}`;
}

export function useRecord(org: string, slug: string, id: string | undefined) {
  return useQuery({
    queryKey: ['register', org, slug, 'record', id],
    queryFn: ({ signal }) => api<Envelope>(recordPathOf(org, slug, id!), { signal }),
    enabled: id !== undefined,
  });
}

export function useHistory(org: string, slug: string, id: string) {
  return useQuery({
    queryKey: ['register', org, slug, 'history', id],
    queryFn: async ({ signal }) => (await api<{ items: HistoryEntry[] }>(`${recordPathOf(org, slug, id)}/history`, { signal })).items,
  });
}

export interface References {
  readonly outgoing: readonly { readonly field: string; readonly target: string; readonly id: string }[];
  readonly incoming: readonly (Subject & { readonly field: string })[];
}

export function useReferences(org: string, slug: string, id: string) {
  return useQuery({
    queryKey: ['register', org, slug, 'references', id],
    queryFn: ({ signal }) => api<References>(`${recordPathOf(org, slug, id)}/references`, { signal }),
  });
}

export async function saveRecord(org: string, slug: string, id: string | undefined, record: Record<string, unknown>, version: number | undefined): Promise<Envelope> {
  if (id === undefined) return api<Envelope>(base(org, slug), { method: 'POST', body: { record } });
  return api<Envelope>(recordPathOf(org, slug, id), { method: 'PUT', body: { record, version } });
}

export async function deleteRecord(org: string, slug: string, id: string, version: number): Promise<void> {
  await api(`${recordPathOf(org, slug, id)}${query({ version })}`, { method: 'DELETE' });
}

/** Every record of a register, page by page (the product pages draw the whole register: SoA, risk heat maps). */
export function useAllRecords(org: string, slug: string, enabled = true) {
  return useQuery({
    queryKey: ['register', org, slug, 'all'],
    enabled,
    queryFn: async ({ signal }) => {
      const pageSize = 200;
      const first = await api<Page>(listPath(org, slug, { page: 1, pageSize }), { signal });
      const items = [...first.items];
      const pages = Math.min(Math.ceil(first.total / pageSize), 50);
      for (let page = 2; page <= pages; page++) items.push(...(await api<Page>(listPath(org, slug, { page, pageSize }), { signal })).items);
      return { items, total: first.total, allowedActions: first.allowedActions ?? [] };
    },
  });
}
