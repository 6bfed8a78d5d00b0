// The YAML bundle: one folder per organisation, a file per register, read with positions and written deterministically.
export { readBundle } from './read.ts';
export { renderBundle, writeBundle, type BundleFile, type BundleWriteSummary } from './write.ts';
export { bundleFiles, clausesOf, ORGANISATION_FILE, registerFile, registerOfFile } from './layout.ts';
