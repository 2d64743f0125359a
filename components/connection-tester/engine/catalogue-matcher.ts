import { errorCatalogue } from '@data/errors.ts'
import { identifyError } from '@components/error-lookup/match.ts'
import type { ErrorMatcher } from './types.ts'

/** The error catalogue's matcher, as the page and the command line give it to the engine. */
export const catalogueMatcher: ErrorMatcher = (input) => identifyError(input, errorCatalogue)
