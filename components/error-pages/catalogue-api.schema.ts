import { z } from 'zod'
import { Cause } from '../../data/causes.schema.ts'
import { ErrorLayer } from '../../data/errors.schema.ts'

/**
 * `/api/errors/v1.json`: the catalogue for machines (a gateway console, a chat client). Version 1
 * only ever gains optional fields; a change that renames, removes or retypes one is `v2.json`,
 * published beside it.
 */
export const errorApiVersion = 1

const Titles = z
  .strictObject({ zh: z.string().min(1), en: z.string().min(1) })
  .describe('The same thing in each language of the site.')

export const ErrorApiEntry = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .describe('Stable id; also the last segment of doc_url.'),
    cause: Cause.describe('One of the site-wide causes; several entries share one.'),
    layer: ErrorLayer.describe('Where along the request path the fault sits.'),
    statuses: z
      .array(z.int().min(100).max(599))
      .describe('HTTP statuses it arrives with; empty when no response arrives.'),
    statuses_with_wording: z
      .array(z.int().min(100).max(599))
      .optional()
      .describe(
        "Those of statuses it is read under only when its own codes or patterns match: one vendor's unusual status for this error, which alone does not point at it.",
      ),
    codes: z.array(z.string()).describe('error.code / error.type values specific to this entry (strongest evidence).'),
    patterns: z
      .array(z.string())
      .describe('Regular expression sources for the message wording, to compile case-insensitively with the u flag.'),
    describes: z
      .array(z.string())
      .optional()
      .describe(
        "Regular expression sources, compiled as patterns are, for how people describe the symptom in their own words: weaker evidence than patterns, read only when none of the entry's patterns matches.",
      ),
    wraps: z
      .array(z.string())
      .optional()
      .describe(
        "Regular expression sources, compiled as patterns are, for a wrapper's words (an SDK's class for any failure beneath it): evidence like patterns, except that when another entry of another cause matches its own pattern after them, this entry ranks just below that one.",
      ),
    shared_with: z
      .array(
        z.strictObject({
          id: z.string().describe('An entry of another cause whose failure shows this same message.'),
          when: z
            .string()
            .optional()
            .describe('A regular expression source, compiled as patterns are: only pastes it matches share it.'),
        }),
      )
      .optional()
      .describe(
        'Entries of other causes whose failure shows the same message (a CORS refusal is "Failed to fetch" too): the lookup names them after this one.',
      ),
    title: Titles,
    doc_url: z
      .string()
      .describe('Its help page in the root language (Chinese); absolute when the site has an address.'),
    doc_urls: Titles.describe('Its help page in each language.'),
  })
  .describe('One catalogue entry: a way an error shows itself, and where it is explained.')
export type ErrorApiEntry = z.infer<typeof ErrorApiEntry>

export const ErrorApiDocument = z
  .strictObject({
    version: z.literal(errorApiVersion).describe('Bumped, with a new address, on a breaking change.'),
    generated_from: z.string().describe('What this file was built from.'),
    doc_url_form: z
      .enum(['absolute', 'root-relative'])
      .describe('absolute (https://…) when the site config names its address, else root-relative (/errors/…).'),
    entries: z.array(ErrorApiEntry),
  })
  .describe('Error catalogue of the help center: map an error a user saw to its cause and help page.')
export type ErrorApiDocument = z.infer<typeof ErrorApiDocument>

/** The JSON Schema published beside the document: draft-07, which most validators (ajv 6 included) read. */
export function errorApiJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ErrorApiDocument, { target: 'draft-7' }),
    title: `Error catalogue v${errorApiVersion}`,
  }
}
