import { defineLoader } from 'vitepress'
import { errorCatalogue } from '../../data/errors.ts'
import type { RelatedErrors } from './leaf-links.ts'
import { relatedErrorsByCause } from './related-errors.ts'

// Runs at build time: the wizard page ships only ids and titles, never the whole catalogue.
export default defineLoader({
  load: (): RelatedErrors => relatedErrorsByCause(errorCatalogue),
})

export declare const data: RelatedErrors
