// What each list route accepts, read once from /api/openapi.json: a list filters and sorts only on indexed fields.
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

interface OpenApiDocument {
  readonly paths: Record<string, { readonly get?: { readonly parameters?: readonly { readonly name: string; readonly in: string; readonly schema?: { readonly enum?: readonly string[]; readonly anyOf?: readonly { readonly const?: string }[] } }[] } }>;
}

export interface ListCapabilities {
  readonly filters: ReadonlySet<string>;
  readonly sorts: ReadonlySet<string>;
}

const none: ListCapabilities = { filters: new Set(), sorts: new Set() };

export function useListCapabilities(slug: string): ListCapabilities {
  const doc = useQuery({ queryKey: ['openapi'], queryFn: () => api<OpenApiDocument>('/api/openapi.json'), staleTime: Infinity, gcTime: Infinity });
  const path = Object.entries(doc.data?.paths ?? {}).find(([p]) => p === `/api/orgs/{org}/${slug}`)?.[1];
  const params = path?.get?.parameters?.filter((p) => p.in === 'query');
  if (!params) return none;
  const reserved = new Set(['limit', 'page', 'q', 'sort', 'order']);
  const sortParam = params.find((p) => p.name === 'sort')?.schema;
  const sorts = sortParam?.enum ?? sortParam?.anyOf?.map((a) => a.const).filter((c): c is string => typeof c === 'string') ?? [];
  return { filters: new Set(params.map((p) => p.name).filter((n) => !reserved.has(n))), sorts: new Set(sorts) };
}
