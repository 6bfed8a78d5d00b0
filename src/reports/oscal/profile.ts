// The OSCAL profile that is the organisation's Statement of Applicability: the controls it includes from the catalog,
// the ones it excludes with their justifications, and the controls it has not decided on yet.
import { AppError, controls, type SoaEntry } from '../../domain/index.ts';
import { oneLine } from './ids.ts';
import { catalogIdOf, clean, metadata, oscalFiles, props, type JsonObject, type OscalContext } from './common.ts';

export const catalogResourceUuid = (ctx: OscalContext): string => ctx.uuid('resource', 'catalog');

/** The latest issued SoA version, which names the version of the profile. */
function latestSoaVersion(ctx: OscalContext) {
  return [...ctx.aims.soaVersions].sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : a.issuedOn > b.issuedOn ? -1 : 0))[0];
}

function entryProps(entry: SoaEntry) {
  return props(
    ['soa-entry-id', entry.id],
    ['implementation-status', entry.implementationStatus],
    ['justification', entry.justification],
    ['risk-ids', entry.riskIds.join(' ')],
    ['obligations', entry.obligations?.join('; ')],
  );
}

export function buildProfile(ctx: OscalContext): JsonObject {
  const withId = ctx.aims.soaEntries
    .map((entry) => ({ entry, id: catalogIdOf(entry.controlId, ctx.index) }))
    .filter((e): e is { entry: SoaEntry; id: string } => e.id !== undefined);
  const included = withId.filter((e) => e.entry.applicable);
  const excluded = withId.filter((e) => !e.entry.applicable);
  const decided = new Set(ctx.aims.soaEntries.map((e) => e.controlId));
  const undecided = controls.filter((c) => !decided.has(c.id)).map((c) => c.id);
  const version = latestSoaVersion(ctx);
  const exclusionResources = excluded.map(({ entry, id }) => ({
    uuid: ctx.uuid('resource', 'soa-exclusion', entry.id),
    title: oneLine(`Exclusion of ${entry.controlId}`),
    description: entry.justification ?? 'No justification is recorded for excluding this control.',
    props: props(['control-id', id], ['soa-entry-id', entry.id]),
  }));
  const importEntry: JsonObject = {
    href: `#${catalogResourceUuid(ctx)}`,
    'include-controls': included.length > 0 ? [{ 'with-ids': included.map((e) => e.id) }] : undefined,
    'exclude-controls': excluded.length > 0 ? [{ 'with-ids': excluded.map((e) => e.id) }] : undefined,
  };
  // An import without a selection includes the whole catalog, which is not what an empty SoA says.
  if (included.length === 0) {
    throw new AppError('invalid_input', `The Statement of Applicability of "${ctx.aims.organisation.id}" includes no control, so there is no `
      + 'profile (nor a system security plan) to export; include the controls that treat your risks first (soaEntries.yaml).');
  }
  return clean({
    profile: {
      uuid: ctx.uuid('profile', 'statement-of-applicability'),
      metadata: metadata(ctx, {
        title: `Statement of Applicability of ${ctx.aims.organisation.name}`,
        version: version ? `SoA ${version.version} (issued ${version.issuedOn})` : `SoA as of ${ctx.now}`,
        props: props(['included-controls', included.length], ['excluded-controls', excluded.length],
          ['undecided-controls', undecided.join(' ')], ['soa-version-id', version?.id]),
        remarks: undecided.length > 0
          ? `The SoA does not yet decide on ${undecided.length} Annex A control(s): ${undecided.join(', ')}.`
          : undefined,
      }),
      imports: [importEntry],
      merge: { 'as-is': true },
      modify: included.length > 0
        ? { alters: included.map(({ entry, id }) => ({ 'control-id': id, adds: [{ position: 'ending', props: entryProps(entry) }] })) }
        : undefined,
      'back-matter': {
        resources: [
          {
            uuid: catalogResourceUuid(ctx),
            title: 'ISO/IEC 42001 catalog (OpenAIMS)',
            rlinks: [{ href: oscalFiles.catalog, 'media-type': 'application/oscal.catalog+json' }],
          },
          ...exclusionResources,
        ],
      },
    },
  });
}
