import { describe, expect, it } from 'vitest'
import { localeOfPath, localePath, type Locale } from '@data/locale.ts'

describe('localePath', () => {
  it.each<[Locale, string, string, string]>([
    // The site at the root: Chinese is the root locale, English lives under /en/.
    ['zh', '/faq/billing', '/', '/faq/billing'],
    ['en', '/faq/billing', '/', '/en/faq/billing'],
    // A locale's home page keeps its trailing slash, as VitePress links it.
    ['zh', '/', '/', '/'],
    ['en', '/', '/', '/en/'],
    ['zh', '/troubleshooting/', '/', '/troubleshooting/'],
    ['en', '/troubleshooting/', '/', '/en/troubleshooting/'],
    // Under a sub-path, with or without its trailing slash: one slash between the parts.
    ['zh', '/faq/billing', '/help/', '/help/faq/billing'],
    ['en', '/faq/billing', '/help/', '/help/en/faq/billing'],
    ['zh', '/faq/billing', '/help', '/help/faq/billing'],
    ['en', '/faq/billing', '/help', '/help/en/faq/billing'],
    ['zh', '/', '/help/', '/help/'],
    ['en', '/', '/help', '/help/en/'],
    // An empty base is the root.
    ['zh', '/faq/billing', '', '/faq/billing'],
    ['en', '/faq/billing', '', '/en/faq/billing'],
    // Anchors and queries ride along untouched, even on a home page.
    ['en', '/troubleshooting/auth#invalid-key', '/', '/en/troubleshooting/auth#invalid-key'],
    ['zh', '/troubleshooting/#layers', '/help/', '/help/troubleshooting/#layers'],
    ['en', '/errors?q=401%20%E6%97%A0%E6%95%88', '/help', '/help/en/errors?q=401%20%E6%97%A0%E6%95%88'],
    [
      'en',
      '/tools/connection-test?base=https%3A%2F%2Fa.b%2Fv1#top',
      '/',
      '/en/tools/connection-test?base=https%3A%2F%2Fa.b%2Fv1#top',
    ],
    ['en', '/?q=x', '/', '/en/?q=x'],
    ['zh', '/#top', '/help/', '/help/#top'],
    // A path given without its leading slash is still relative to the locale's root.
    ['en', 'faq/billing', '/help/', '/help/en/faq/billing'],
    // A whole site root (the copied report, reply templates, the catalogue API) works as a base.
    ['zh', '/errors/invalid-api-key', 'https://help.example.com', 'https://help.example.com/errors/invalid-api-key'],
    [
      'en',
      '/errors/invalid-api-key',
      'https://help.example.com/',
      'https://help.example.com/en/errors/invalid-api-key',
    ],
    ['en', '/a#b', 'https://example.org/help', 'https://example.org/help/en/a#b'],
  ])('%s %j under %j → %j', (locale, path, base, expected) => {
    expect(localePath(locale, path, base)).toBe(expected)
  })

  it('defaults to the site root', () => {
    expect(localePath('zh', '/errors#x')).toBe('/errors#x')
    expect(localePath('en', '/errors#x')).toBe('/en/errors#x')
  })

  it('builds paths that localeOfPath reads back as the same language', () => {
    for (const base of ['/', '/help/']) {
      for (const path of ['/', '/faq/billing', '/errors?q=en', '/en-route#x']) {
        expect(localeOfPath(localePath('zh', path, base), base)).toBe('zh')
        expect(localeOfPath(localePath('en', path, base), base)).toBe('en')
      }
    }
  })
})
