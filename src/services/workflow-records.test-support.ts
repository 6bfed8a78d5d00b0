// Test support for the workflow services: a small organisation with a person for each part a workflow names.
import { build, buildOrganisation } from '../../test/factories.ts';
import { emptySnapshot, type AimsSnapshot } from '../domain/index.ts';
import type { AimsDatabase } from '../store/index.ts';
import { readAuditEntries } from '../store/index.ts';
import { importOrganisation } from './import-organisation.ts';
import type { WorkflowActor } from './workflow-records.ts';

export const ON = '2026-07-01';

/** Who acts: the audit trail names them; `personId` is their Person. */
export const as = (personId: string | null, actor = `${personId ?? 'nobody'}@example.org`): WorkflowActor => ({ actor, personId });

/** Imports the organisation `org` (one per test: a database is shared by the tests of a file). */
export async function importWorkflowOrganisation(db: AimsDatabase, org: string, extra: Partial<AimsSnapshot> = {}): Promise<void> {
  const base = emptySnapshot(buildOrganisation({ id: org }));
  await importOrganisation(db, {
    ...base,
    persons: [
      build.persons({ id: 'p-boss', topManagement: true }), build.persons({ id: 'p-owner' }),
      build.persons({ id: 'p-chair' }), build.persons({ id: 'p-other' }),
    ],
    roles: [build.roles({ id: 'role-risk-committee', kind: 'committee', holderIds: ['p-other'], accountableChairId: 'p-chair' })],
    evidenceItems: [build.evidenceItems({ id: 'ev-1' })],
    documents: [build.documents({ id: 'doc-policy' })],
    ...extra,
  }, { actor: 'system:test' });
}

/** The organisation's audit trail, to show that a refusal changed nothing. */
export const trailOf = (db: AimsDatabase, org: string) => readAuditEntries(db, org);
