import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '../../data/errors.ts'
import { errorApiDocument } from '../../components/error-pages/catalogue-api.ts'
import { ErrorApiDocument, errorApiJsonSchema } from '../../components/error-pages/catalogue-api.schema.ts'

const absolute = errorApiDocument(errorCatalogue, {
  siteUrl: 'https://help.example.com',
  base: '/',
  generatedFrom: 'data/errors.ts',
})

/** ajv 6 reads draft-07, the draft the schema is emitted in. */
function validator() {
  return new Ajv({ allErrors: true }).compile(errorApiJsonSchema())
}

describe('components/error-pages/catalogue-api', () => {
  it('holds every entry of the catalogue, field for field', () => {
    expect(absolute.version).toBe(1)
    expect(absolute.entries.map((entry) => entry.id)).toEqual(errorCatalogue.map((entry) => entry.id))
    for (const [index, source] of errorCatalogue.entries()) {
      expect(absolute.entries[index]).toEqual({
        id: source.id,
        cause: source.cause,
        layer: source.layer,
        statuses: [...source.statuses, ...(source.statusesWithWording ?? [])],
        ...(source.statusesWithWording?.length ? { statuses_with_wording: source.statusesWithWording } : {}),
        codes: source.match.codes,
        patterns: source.match.patterns,
        ...(source.match.describes?.length ? { describes: source.match.describes } : {}),
        ...(source.match.wraps?.length ? { wraps: source.match.wraps } : {}),
        ...(source.sharedWith?.length ? { shared_with: source.sharedWith } : {}),
        title: source.title,
        doc_url: `https://help.example.com/errors/${source.id}`,
        doc_urls: {
          zh: `https://help.example.com/errors/${source.id}`,
          en: `https://help.example.com/en/errors/${source.id}`,
        },
      })
    }
  })

  it('gives root-relative addresses under the base when the site has no address', () => {
    const relative = errorApiDocument(errorCatalogue, { siteUrl: undefined, base: '/help/', generatedFrom: 'x' })
    expect(relative.doc_url_form).toBe('root-relative')
    expect(relative.entries[0]?.doc_urls.en).toBe(`/help/en/errors/${errorCatalogue[0]!.id}`)
    expect(absolute.doc_url_form).toBe('absolute')
  })

  it('validates against its zod schema and against the published JSON Schema (ajv, draft-07)', () => {
    expect(ErrorApiDocument.safeParse(absolute).success).toBe(true)
    const validate = validator()
    expect(validate(JSON.parse(JSON.stringify(absolute))), JSON.stringify(validate.errors)).toBe(true)
  })

  it('has a JSON Schema that rejects what the zod schema rejects', () => {
    const validate = validator()
    const [first] = absolute.entries
    const broken = [
      { ...absolute, version: 2 },
      { ...absolute, entries: [{ ...first, cause: 'bad_luck' }] },
      { ...absolute, entries: [{ ...first, statuses: [99] }] },
      { ...absolute, entries: [{ ...first, extra: true }] },
      { ...absolute, entries: [{ ...first, title: { zh: '标题' } }] },
    ]
    for (const document of broken) {
      expect(validate(document), JSON.stringify(document).slice(0, 80)).toBe(false)
      expect(ErrorApiDocument.safeParse(document).success).toBe(false)
    }
  })

  it('publishes patterns a client can compile as the lookup does', () => {
    for (const entry of absolute.entries)
      for (const source of [...entry.patterns, ...(entry.describes ?? [])])
        expect(() => new RegExp(source, 'iu')).not.toThrow()
  })
})
