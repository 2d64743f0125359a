import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileSize, type ByteSize } from './file-sizes.ts'

export interface OutputSize extends ByteSize {
  file: string
  what: string
}

/** What `npm run build` publishes for other programs (see docs/.vitepress/support/catalogue-outputs.ts). */
const catalogueOutputFiles = [
  { file: 'lookup/v1/error-lookup.js', what: 'importable error lookup (ES module, catalogue inside)' },
  { file: 'api/errors/v1.json', what: 'error catalogue for machines' },
  { file: 'api/errors/v1.schema.json', what: 'its JSON Schema' },
] as const

/** Each published file's size as stored and gzipped; a file the build did not write is left out. */
export function measureCatalogueOutputs(dist: string): OutputSize[] {
  return catalogueOutputFiles
    .filter(({ file }) => existsSync(join(dist, file)))
    .map(({ file, what }) => ({ file, what, ...fileSize(join(dist, file)) }))
}
