import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'
import type { ErrorEntry } from '../../../data/errors.schema.ts'
import { entriesWithPages } from '../../../components/error-pages/entry-pages.ts'
import {
  docRoot,
  errorApiDocument,
  errorApiFile,
  errorApiSchemaFile,
} from '../../../components/error-pages/catalogue-api.ts'
import { errorApiJsonSchema } from '../../../components/error-pages/catalogue-api.schema.ts'

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url))

/** The importable lookup's stable address under the site base. */
export const standaloneLookupFile = 'lookup/v1/error-lookup.js'

export interface CatalogueOutputOptions {
  outDir: string
  catalogue: readonly ErrorEntry[]
  siteUrl: string | undefined
  base: string
  generatedFrom: string
}

/**
 * What `npm run build` writes for machines beside the pages: the catalogue as JSON with its
 * schema, and the lookup as one ES module. Returns the files written, relative to `outDir`.
 */
export async function writeCatalogueOutputs(options: CatalogueOutputOptions): Promise<string[]> {
  const { outDir, catalogue, siteUrl, base, generatedFrom } = options
  const files: Record<string, string> = {
    [errorApiFile]: `${JSON.stringify(errorApiDocument(catalogue, { siteUrl, base, generatedFrom }), null, 1)}\n`,
    [errorApiSchemaFile]: `${JSON.stringify(errorApiJsonSchema(), null, 2)}\n`,
    [standaloneLookupFile]: await buildStandaloneLookup(catalogue, docRoot(siteUrl, base)),
  }
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true })
    writeFileSync(join(outDir, file), content)
  }
  return Object.keys(files)
}

/**
 * The module carries only what matching and a result need: the examples and the prose (steps,
 * meaning) are the pages' job, reached through `doc_url`, and would triple its size.
 */
export function lookupOnlyEntry(entry: ErrorEntry): ErrorEntry {
  return { ...entry, meaning: { zh: '', en: '' }, steps: [], examples: [] }
}

/** Bundles `components/error-lookup/standalone.ts` with the catalogue and site root as literals. */
export async function buildStandaloneLookup(catalogue: readonly ErrorEntry[], siteRoot: string): Promise<string> {
  const bundledData: Plugin = {
    name: 'bundled-catalogue',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /\/standalone-data\.ts$/ }, () => ({
        path: 'standalone-data',
        namespace: 'data',
      }))
      pluginBuild.onLoad({ filter: /.*/, namespace: 'data' }, () => ({
        loader: 'js',
        contents: [
          `export const bundledCatalogue = ${JSON.stringify(entriesWithPages(catalogue).map(lookupOnlyEntry))}`,
          `export const bundledDocRoot = ${JSON.stringify(siteRoot)}`,
        ].join('\n'),
      }))
    },
  }
  const result = await build({
    entryPoints: [root('components/error-lookup/standalone.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    alias: { '@data': root('data'), '@components': root('components') },
    plugins: [bundledData],
  })
  const [output] = result.outputFiles
  if (!output) throw new Error('esbuild wrote no error-lookup module')
  return output.text
}
