import { describe, expect, it } from 'vitest'
import { gateway } from '../../data/gateway.ts'
import { pageText, shownAnswer, whiteLabelLeaks } from '../../scripts/white-label.ts'
import { oppositeGateway } from '../fixtures/gateway-opposite.ts'

/** Pages that carry every policy answer of a config, as the FAQ would, in both languages. */
const faqFor = (config: typeof gateway) =>
  (['zh', 'en'] as const).map((locale) => ({
    path: `/${locale}/faq.html`,
    html: `<main><p>${(
      [
        'balanceExpiry',
        'invoices',
        'failedRequests',
        'channelRetry',
        'duplicateMediaTasks',
        'mainlandChina',
        'keyOrigin',
      ] as const
    )
      .map((field) => shownAnswer(config, field, locale))
      .join('</p><p>')}</p></main>`,
  }))

describe('white-label check', () => {
  it('reads a page as its text, entities decoded, scripts left out', () => {
    expect(pageText('<p>A &amp; B&#39;s <a href="x">link</a>.</p><script>var hidden = 1</script>')).toBe("A&B'slink.")
  })

  it('passes a build that shows only its own config', () => {
    expect(whiteLabelLeaks(faqFor(oppositeGateway), oppositeGateway, gateway)).toEqual([])
  })

  it('names every trace of the other config: its brand, an address, a policy answer', () => {
    const pages = [
      ...faqFor(oppositeGateway),
      { path: '/a.html', html: `<p>Welcome to ${gateway.name}</p>` },
      { path: '/b.html', html: `<code>curl https://${new URL(gateway.apiBaseUrl).host}/v1/models</code>` },
      { path: '/c.html', html: `<p>${shownAnswer(gateway, 'invoices', 'en')}</p>` },
    ]
    expect(whiteLabelLeaks(pages, oppositeGateway, gateway)).toEqual([
      `/a.html: names ${gateway.name}`,
      `/b.html: names ${new URL(gateway.apiBaseUrl).host}`,
      // The example's invoice answer names its support address as well.
      `/c.html: names ${gateway.support.email}`,
      '/c.html: policy.invoices of the other config',
    ])
  })

  it('notices a policy answer that no page shows any more', () => {
    const [zh] = faqFor(oppositeGateway)
    expect(whiteLabelLeaks([zh!], oppositeGateway, gateway)).toContain(
      `policy.invoices (en): no page shows "${shownAnswer(oppositeGateway, 'invoices', 'en')}"`,
    )
  })
})
