// Every route declares who may call it (config.policy); one hook enforces it before the body is validated, and
// a route without a policy is refused (and fails the authorisation matrix test).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, todayUtc, type AnyRecord, type RegisterName } from '../domain/index.ts';
import { authorize, permission, type Action, type Actor, type MemberActor, type Subject } from '../policies/index.ts';
import { getEvidenceRequest, getRecord, type AimsDatabase, type SessionRow, type StoredEvidenceRequest, type StoredRecord } from '../store/index.ts';
import { authenticate } from './auth/authenticate.ts';
import { memberActor } from './auth/membership.ts';

export type OrganisationSubject =
  | { readonly kind: 'record'; readonly register: RegisterName }
  | { readonly kind: 'organisation' }
  | { readonly kind: 'members' }
  | { readonly kind: 'evidence-request' };

export type RoutePolicy =
  /** Anyone, signed in or not: health, sign-in, first-run setup, the API description. */
  | { readonly kind: 'public' }
  /** Any signed-in user or token: their own session and organisations. */
  | { readonly kind: 'signed-in'; readonly sessionOnly?: boolean }
  /** The installation's administrator (a session, never a token). */
  | { readonly kind: 'installation-admin' }
  /**
   * A route under /api/orgs/:org: the caller must be a member (404 otherwise), and the role must allow `action`
   * on `subject`. `target` says what a condition of the rule is judged on: the register as a whole, the stored
   * record named by :id, or the record in the body.
   */
  | {
    readonly kind: 'organisation'; readonly action: Action; readonly subject: OrganisationSubject;
    /** `evidence-request`: the stored request named by :id; `body-audit`: the request in the body, by its auditId. */
    readonly target?: 'register' | 'record' | 'body-record' | 'evidence-request' | 'body-audit';
  };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    actor?: Actor;
    session?: SessionRow;
    member?: MemberActor;
    /** The record named by :id, loaded (and authorised) before the handler runs. */
    loaded?: StoredRecord;
    /** The evidence request named by :id, loaded (and authorised) before the handler runs. */
    loadedRequest?: StoredEvidenceRequest;
  }
}

/** A route as the matrix test sees it: method, URL and the policy it declared (undefined when it declared none). */
export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly policy: RoutePolicy | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes registered by plugins (the browsable API docs and their assets): public, declared here once. */
export const PUBLIC_PREFIXES = ['/api/docs'] as const;

/** The member actor of a request on an organisation route (set by the policy hook). */
export function memberOf(request: FastifyRequest): MemberActor {
  if (!request.member) throw new AppError('unauthenticated', 'Sign in first.');
  return request.member;
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in first, or send an API token as "Authorization: Bearer <token>".');
  return request.actor;
}

function checkCsrf(request: FastifyRequest): void {
  if (request.actor?.via !== 'session' || SAFE_METHODS.has(request.method)) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || sent !== request.session?.csrfToken) {
    throw new AppError('forbidden', 'A change made with the session cookie needs the header x-csrf-token with the csrfToken of GET /api/session.', [{ field: 'x-csrf-token', message: 'missing or wrong' }]);
  }
}

async function authoriseOrganisation(db: AimsDatabase, request: FastifyRequest, policy: Extract<RoutePolicy, { kind: 'organisation' }>, today: string): Promise<void> {
  const params = request.params as { org?: string; id?: string };
  const actor = actorOf(request);
  const member = await memberActor(db, actor, params.org ?? '', today);
  request.member = member;
  const subject: Subject = policy.subject;
  if (permission(member, policy.action, subject) === 'no') authorize(member, policy.action, subject);
  if (policy.target === 'record' && policy.subject.kind === 'record') {
    const register = policy.subject.register;
    const stored = await getRecord(db, member.organisationId, register, params.id ?? '');
    if (!stored) throw new AppError('not_found', `There is no ${register} record "${params.id ?? ''}" in this organisation.`, [{ register, recordId: params.id ?? '', message: 'not found' }]);
    authorize(member, policy.action, { kind: 'record', register, record: stored.record });
    request.loaded = stored;
  } else if (policy.target === 'body-record' && policy.subject.kind === 'record') {
    const body = request.body as { record?: unknown } | undefined;
    const record = body && typeof body.record === 'object' && body.record !== null ? (body.record as AnyRecord) : ({} as AnyRecord);
    authorize(member, policy.action, { kind: 'record', register: policy.subject.register, record });
  } else if (policy.target === 'evidence-request') {
    const stored = await getEvidenceRequest(db, member.organisationId, params.id ?? '');
    if (!stored) throw new AppError('not_found', `There is no evidence request "${params.id ?? ''}" in this organisation.`, [{ field: 'id', message: 'not found' }]);
    authorize(member, policy.action, { kind: 'evidence-request', auditId: stored.request.auditId });
    request.loadedRequest = stored;
  } else if (policy.target === 'body-audit') {
    // Without an auditId the body is refused by validation next; with one, the request is judged by its audit.
    const body = request.body as { auditId?: unknown } | undefined;
    if (typeof body?.auditId === 'string') authorize(member, policy.action, { kind: 'evidence-request', auditId: body.auditId });
  }
}

/** Installs the policy hook and returns the route table it collects. */
export function installRoutePolicies(app: FastifyInstance, db: AimsDatabase, clock: () => Date): RouteEntry[] {
  const table: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    if (PUBLIC_PREFIXES.some((p) => route.url === p || route.url.startsWith(`${p}/`))) route.config = { ...route.config, policy: { kind: 'public' } };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      table.push({ method, url: route.url, policy: (route.config as { policy?: RoutePolicy } | undefined)?.policy });
    }
  });
  app.addHook('preValidation', async (request) => {
    // The not-found handler answers 404 to everyone: there is nothing there to protect.
    if (request.is404) return;
    const policy = request.routeOptions.config.policy;
    // Deny by default: a route that says nothing about who may call it answers to no one.
    if (!policy) throw new AppError('forbidden', `The route ${request.method} ${request.routeOptions.url ?? ''} declares no policy, so it is closed.`);
    const now = clock();
    const found = await authenticate(db, request, now.toISOString());
    if (found) {
      request.actor = found.actor;
      if (found.session) request.session = found.session;
    }
    if (policy.kind === 'public') return;
    if (!request.actor) throw new AppError('unauthenticated', 'Sign in first (POST /api/session), or send an API token as "Authorization: Bearer <token>".');
    checkCsrf(request);
    if (policy.kind === 'signed-in') {
      if (policy.sessionOnly && request.actor.via !== 'session') throw new AppError('forbidden', 'This needs a signed-in session; an API token cannot do it.');
      return;
    }
    if (policy.kind === 'installation-admin') {
      if (!request.actor.installationAdmin || request.actor.via !== 'session') throw new AppError('forbidden', 'Only the installation administrator, signed in, may do this.');
      return;
    }
    await authoriseOrganisation(db, request, policy, todayUtc(now));
  });
  return table;
}

