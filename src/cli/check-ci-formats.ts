// The CI formats of `aims check`: SARIF located at the bundle's files and lines, and JUnit XML.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AimsSnapshot } from '../domain/index.ts';
import type { ReadinessReport } from '../checks/readiness/readiness.ts';
import { locateRecords, locateRecordsOfExport } from '../store/bundle/record-lines.ts';
import { toJunit } from '../reports/junit.ts';
import { toSarif } from '../reports/sarif.ts';
import { productVersion } from './version.ts';

/** The check pages of this installation, unless --docs-url names where the project's docs are published. */
const installedDocs = (): string => pathToFileURL(resolve(import.meta.dirname, '..', '..', 'docs', 'checks')).href + '/';

const withSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

/**
 * Renders `sarif` or `junit`. From a bundle, SARIF points at the bundle's own files and lines; from a database,
 * at the files and lines of the bundle `aims export` writes for it.
 */
export async function renderCiFormat(format: 'sarif' | 'junit', report: ReadinessReport, aims: AimsSnapshot, bundleDir: string | undefined, docsUrl: string | undefined): Promise<string> {
  if (format === 'junit') return toJunit(report);
  const locations = bundleDir !== undefined ? await locateRecords(bundleDir) : locateRecordsOfExport(aims);
  const sarif = toSarif(report, {
    locations,
    ...(bundleDir !== undefined ? { bundleUri: withSlash(pathToFileURL(resolve(bundleDir)).href) } : {}),
    docsBase: docsUrl !== undefined ? withSlash(docsUrl) : installedDocs(),
    toolVersion: productVersion,
  });
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
