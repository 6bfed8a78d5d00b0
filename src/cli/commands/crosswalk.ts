// `aims crosswalk eu-ai-act|nist-ai-rmf [<bundle-dir>]`: how far the organisation's SoA and evidence cover each EU AI
// Act article or NIST AI RMF category, with the gaps, and for the EU AI Act the articles that bind each AI system.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../domain/index.ts';
import {
  crosswalkCoverage, crosswalkFiles, frameworks, mergeCrosswalks, parseCrosswalk, systemObligations, type Crosswalk, type EvidenceStatus, type Framework,
} from '../../domain/crosswalks/index.ts';
import { buildEvidenceIndex } from '../../checks/readiness/evidence-index.ts';
import { renderCrosswalkText, toCrosswalkJson } from '../../reports/crosswalk.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { dbOption, formatOption, nowOption, orgOption } from '../options.ts';
import { loadAims, nowOrToday } from '../sources.ts';

const SHIPPED_DIR = join(import.meta.dirname, '..', '..', 'domain', 'crosswalks');

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('not_found', `Cannot read the crosswalk ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`, [{ file, message: 'cannot be read' }]);
  }
}

/** The shipped crosswalk, with the user's --mapping laid over it. */
export function loadCrosswalk(framework: Framework, mapping: string | undefined): Crosswalk {
  const shipped = join(SHIPPED_DIR, crosswalkFiles[framework]);
  const base = parseCrosswalk(readText(shipped), shipped);
  return mapping === undefined ? base : mergeCrosswalks(base, parseCrosswalk(readText(mapping), mapping), mapping);
}

interface CrosswalkOptions {
  db?: string;
  org?: string;
  now?: string;
  format: 'text' | 'json';
  mapping?: string;
}

export default defineCommand({
  register(program, io) {
    program
      .command('crosswalk')
      .description('Coverage of the EU AI Act (Articles 9–15, 17, 26, 27, 49, 50, 72, 73) or the NIST AI RMF (19 categories) by the AIMS: '
        + 'per article or category, the ISO/IEC 42001 clauses and controls that evidence it, what the SoA and the evidence show, and the gaps.')
      .argument('<framework>', `one of ${frameworks.join(', ')}`)
      .argument('[bundle-dir]', 'a YAML bundle folder; without it, the organisation in the database')
      .addOption(dbOption())
      .addOption(orgOption('the organisation, where the database holds several'))
      .addOption(nowOption())
      .option('--mapping <file>', 'your own crosswalk YAML (same shape as src/domain/crosswalks/<framework>.yaml); its items replace the shipped ones by id')
      .addOption(formatOption(['text', 'json']))
      .action(action(io, async (framework: string, bundleDir: string | undefined, opts: CrosswalkOptions) => {
        if (!(frameworks as readonly string[]).includes(framework)) {
          throw new AppError('invalid_input', `The framework must be one of ${frameworks.join(', ')}; got "${framework}".`);
        }
        const format = opts.format;
        const now = nowOrToday(opts.now);
        const crosswalk = loadCrosswalk(framework as Framework, opts.mapping);
        const aims = await loadAims(bundleDir, opts, DEFAULT_DB);
        const index = buildEvidenceIndex(aims, now);
        const evidence = new Map<string, EvidenceStatus>([...index.clauses, ...index.controls].map((r) => [r.ref, r.status]));
        const report = {
          asOf: now,
          organisation: { id: aims.organisation.id, name: aims.organisation.name },
          coverage: crosswalkCoverage(crosswalk, aims, evidence),
          ...(framework === 'eu-ai-act' ? { aiSystems: systemObligations(aims, crosswalk, now) } : {}),
        };
        io.out(format === 'json' ? `${JSON.stringify(toCrosswalkJson(report), null, 2)}\n` : renderCrosswalkText(report));
      }));
  },
});
