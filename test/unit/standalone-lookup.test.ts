import { describe, expect, it } from 'vitest'
import { errorCatalogue } from '../../data/errors.ts'
import { gateway } from '../../data/gateway.ts'
import { createLookup, lookup } from '../../components/error-lookup/standalone.ts'
import { lookupErrors } from '../../components/error-lookup/match.ts'
import { buildStandaloneLookup } from '../../docs/.vitepress/support/catalogue-outputs.ts'

const oneApiBody = '{"error":{"message":"当前分组 default 下对于模型 gpt-4o 无可用渠道","type":"one_api_error"}}'

describe('components/error-lookup/standalone', () => {
  it('ranks causes with titles and page links in the chosen language', () => {
    const [best] = lookup(oneApiBody, { locale: 'en' })
    expect(best).toMatchObject({
      id: 'no-available-channel',
      cause: 'no_channel',
      title: errorCatalogue.find((e) => e.id === 'no-available-channel')!.title.en,
      doc_url: `${gateway.siteUrl}/en/errors/no-available-channel`,
    })
    expect(lookup(oneApiBody)[0]?.doc_url).toBe(`${gateway.siteUrl}/errors/no-available-channel`)
    const all = lookup('Error code: 429', { locale: 'zh' })
    expect(all.map((hit) => hit.score)).toEqual([...all.map((hit) => hit.score)].sort((a, b) => b - a))
  })

  it('gives the same ranking as the site lookup, and nothing for text no entry matches', () => {
    const text = "Error code: 401 - {'error': {'message': 'Incorrect API key provided', 'code': 'invalid_api_key'}}"
    expect(lookup(text).map((hit) => [hit.id, hit.score])).toEqual(
      lookupErrors(text, errorCatalogue).matches.map((match) => [match.entry.id, match.score]),
    )
    expect(lookup('hello there, nice weather')).toEqual([])
  })

  it('links under any help-site root', () => {
    const under = createLookup(errorCatalogue, 'https://help.example.org/help')
    expect(under(oneApiBody, { locale: 'en' })[0]?.doc_url).toBe(
      'https://help.example.org/help/en/errors/no-available-channel',
    )
  })
})

describe('the bundled module (docs/.vitepress/support/catalogue-outputs.ts)', () => {
  it('answers like the source over the full catalogue, from its slim copy', async () => {
    const code = await buildStandaloneLookup(errorCatalogue, 'https://help.example.org/')
    expect(code).not.toContain('ZodError')
    // Examples are the pages' job: none may ride in the module.
    expect(code).not.toContain(errorCatalogue[0]!.examples[0]!.source)
    const built = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      lookup: typeof lookup
    }
    const source = createLookup(errorCatalogue, 'https://help.example.org/')
    for (const text of [oneApiBody, 'TypeError: Failed to fetch', '503 Service Unavailable'])
      expect(built.lookup(text, { locale: 'en' })).toEqual(source(text, { locale: 'en' }))
  })
})
