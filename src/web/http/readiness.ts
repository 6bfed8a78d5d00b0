// The organisation's readiness (findings, evidence index, steps, verdict) as `aims check --format json` gives it.
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import type { Readiness } from './types.ts';

export function useReadiness(org: string, asOf?: string) {
  return useQuery({
    queryKey: ['readiness', org, asOf ?? 'today'],
    queryFn: ({ signal }) => api<Readiness>(`/api/orgs/${encodeURIComponent(org)}/readiness${query({ asOf })}`, { signal }),
  });
}
