// The signed-in person and their organisations: TanStack Query hooks over /api/session and /api/orgs.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, rememberCsrfToken } from './client.ts';
import type { Organisation, SessionInfo } from './types.ts';

export const sessionKey = ['session'] as const;
export const orgsKey = ['orgs'] as const;

async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api<SessionInfo>('/api/session');
    rememberCsrfToken(session.csrfToken);
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

function organisationsOf(answer: unknown): Organisation[] {
  const list = Array.isArray(answer) ? answer : ((answer as { items?: unknown[]; organisations?: unknown[] })?.items ?? (answer as { organisations?: unknown[] })?.organisations ?? []);
  return list.map((o) => {
    const org = o as { id: string; name?: string; role?: string; roles?: string[] };
    return { id: org.id, name: org.name ?? org.id, role: org.role ?? org.roles?.[0] ?? 'viewer' };
  });
}

export function useOrganisations(enabled = true) {
  return useQuery({ queryKey: orgsKey, queryFn: async () => organisationsOf(await api<unknown>('/api/orgs')), enabled, staleTime: 60_000 });
}

/** After signing in, the session answer (when the API sends one) saves a round trip. */
export async function signIn(client: QueryClient, email: string, password: string): Promise<void> {
  const answer = await api<Partial<SessionInfo> | undefined>('/api/session', { method: 'POST', body: { email, password } });
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  if (answer?.user && answer.csrfToken) {
    rememberCsrfToken(answer.csrfToken);
    client.setQueryData(sessionKey, answer as SessionInfo);
  } else {
    await client.fetchQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 0 });
  }
}

export function useSignOut() {
  const client = useQueryClient();
  return async (everywhere: boolean) => {
    await api(everywhere ? '/api/session/everywhere' : '/api/session', { method: 'DELETE' });
    rememberCsrfToken(undefined);
    client.clear();
    client.setQueryData(sessionKey, null);
  };
}
