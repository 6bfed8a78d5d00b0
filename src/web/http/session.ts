// The signed-in person and their organisations: TanStack Query hooks over /api/session and /api/orgs.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, rememberCsrfToken } from './client.ts';
import type { Organisation, SessionInfo } from './types.ts';

export const sessionKey = ['session'] as const;
export const orgsKey = ['orgs'] as const;

async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api<SessionInfo>('/api/session');
    rememberCsrfToken(session.csrfToken ?? undefined);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      rememberCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

/** The session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

export function useOrganisations(enabled = true) {
  return useQuery({ queryKey: orgsKey, queryFn: async () => (await api<{ items: Organisation[] }>('/api/orgs')).items, enabled, staleTime: 60_000 });
}

/** The caller's role in one organisation (from the organisations list). */
export function useRole(org: string): string | undefined {
  return useOrganisations().data?.find((o) => o.id === org)?.role;
}

/** Takes the session answer of sign-in or setup as the session, which saves a round trip. */
export function adoptSession(client: QueryClient, session: SessionInfo): void {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  rememberCsrfToken(session.csrfToken ?? undefined);
  client.setQueryData(sessionKey, session);
}

export async function signIn(client: QueryClient, email: string, password: string): Promise<void> {
  adoptSession(client, await api<SessionInfo>('/api/session', { method: 'POST', body: { email, password } }));
}

/** Whether the installation still needs its first account (the first-run screen). */
export function useSetupNeeded() {
  return useQuery({ queryKey: ['setup'], queryFn: async () => (await api<{ setupNeeded: boolean }>('/api/setup')).setupNeeded, staleTime: Infinity });
}

export function useSignOut() {
  const client = useQueryClient();
  return async (everywhere: boolean) => {
    await api(everywhere ? '/api/sessions' : '/api/session', { method: 'DELETE' });
    rememberCsrfToken(undefined);
    client.clear();
    client.setQueryData(sessionKey, null);
  };
}
