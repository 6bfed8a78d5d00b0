// Loading the demo organisation into an empty database, so that a first start has an AIMS to explore.
import { buildDemoOrganisation } from '../domain/demo/index.ts';
import type { AimsSnapshot } from '../domain/index.ts';
import { listOrganisations, type AimsDatabase } from '../store/index.ts';
import { importOrganisation } from './import-organisation.ts';

/**
 * Imports the demo as of `asOf` when the database holds no organisation, and returns it; leaves a database that
 * holds anything untouched (undefined), so that a restart never overwrites real records with the demo.
 */
export async function importDemoIntoEmptyDatabase(db: AimsDatabase, asOf: string, actor = 'system:first-start'): Promise<AimsSnapshot | undefined> {
  if ((await listOrganisations(db)).length > 0) return undefined;
  const demo = buildDemoOrganisation({ asOf });
  await importOrganisation(db, demo, { actor });
  return demo;
}
