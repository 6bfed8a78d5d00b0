// Compiles the register validators ahead of time for the build (Ajv standalone code), so that the installed `aims`
// validates a bundle without loading Ajv's compiler or compiling a schema: the esbuild plugin below puts the
// compiled code in place of src/domain/register-validators.ts, which compiles the same schemas at first use.
import { build } from 'esbuild';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const source = 'src/domain/register-validators.ts';

/** The module text standing in for register-validators.ts: the same exports, validators compiled already. */
async function compiledModule(root) {
  // The schemas are TypeScript: bundle the module that names them, beside node_modules so that Ajv resolves.
  const compiler = join(root, 'dist', '.register-validators-compiler.mjs');
  await build({ absWorkingDir: root, entryPoints: [source], outfile: compiler, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning' });
  try {
    const { createValidationAjv, validatedSchemas, ORGANISATION } = await import(pathToFileURL(compiler).href);
    const ajv = createValidationAjv({ source: true, esm: true, formats: _`formats` });
    const names = Object.keys(validatedSchemas());
    for (const [name, schema] of Object.entries(validatedSchemas())) ajv.addSchema(schema, name);
    const imports = [];
    // Ajv's standalone code requires its small runtime helpers; an ES module imports them.
    const code = standaloneCode(ajv, Object.fromEntries(names.map((n) => [n, n]))).replace(/require\("([^"]+)"\)/g, (_m, path) => {
      imports.push(`import ajvRuntime${imports.length} from ${JSON.stringify(path.endsWith('.js') ? path : `${path}.js`)};`);
      return `ajvRuntime${imports.length - 1}`;
    });
    return [
      "import { validationFormats as formats } from './validation-formats.ts';",
      ...imports,
      code,
      `export const ORGANISATION = ${JSON.stringify(ORGANISATION)};`,
      `const compiled = { ${names.map((n) => `${JSON.stringify(n)}: ${n}`).join(', ')} };`,
      'export function validatorFor(name) { const v = compiled[name]; if (!v) throw new Error(`No schema is named ${name}`); return v; }',
    ].join('\n');
  } finally {
    rmSync(compiler, { force: true });
  }
}

/** An esbuild plugin serving the compiled validators in place of the module that compiles them at run time. */
export async function compiledValidatorsPlugin(root) {
  const contents = await compiledModule(root);
  return {
    name: 'compiled-register-validators',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]domain[\\/]register-validators\.ts$/ }, () => ({ contents, loader: 'js', resolveDir: join(root, 'src', 'domain') }));
    },
  };
}
