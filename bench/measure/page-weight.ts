import type { Browser } from 'playwright-core'
import { startStaticServer } from '../../scripts/static-server.ts'
import { openRecordedPage, type LoggedResponse } from './browser.ts'

export interface AssetBytes {
  raw: number
  gzip: number
  files: number
}

export interface PageWeight {
  page: string
  path: string
  js: AssetBytes
  css: AssetBytes
  fonts: AssetBytes
  /** Chunks of lazily loaded widgets or the search dialog that this page downloaded. */
  widgetChunks: string[]
  /** Each script by name without its hash (`chunks/theme`), gzip bytes: where a difference comes from. */
  scripts: Record<string, number>
}

/** `/assets/chunks/theme.BgTI9wVL.js` → `chunks/theme`; page chunks keep their page name. */
function scriptName(pathname: string): string {
  return pathname
    .replace(/^\/assets\//, '')
    .replace(/^\//, '')
    .replace(/\.[\w-]{8}(\.lean)?\.js$/, '$1')
    .replace(/\.[0-9a-f]{8}\.js$/, '')
}

/** Chunk names of code that only some pages need; an article should load none of them. */
const widgetChunkPattern = /(ErrorLookup|Wizard|ConnectionTester|SearchDialog|HomeSearchBox|pagefind)[^/]*\.js$/i

const kinds = { js: 'script', css: 'stylesheet', fonts: 'font' } as const

/** Sums what a page loads, by kind, from the network log of a fresh (uncached) visit. */
export function summariseResponses(page: string, path: string, responses: readonly LoggedResponse[]): PageWeight {
  const total = (resourceType: string): AssetBytes => {
    const matching = responses.filter((response) => response.resourceType === resourceType)
    return {
      raw: matching.reduce((sum, response) => sum + response.decodedBytes, 0),
      gzip: matching.reduce((sum, response) => sum + response.transferBytes, 0),
      files: matching.length,
    }
  }
  return {
    page,
    path,
    js: total(kinds.js),
    css: total(kinds.css),
    fonts: total(kinds.fonts),
    widgetChunks: responses
      .filter(
        (response) => response.resourceType === kinds.js && widgetChunkPattern.test(new URL(response.url).pathname),
      )
      .map((response) => new URL(response.url).pathname.split('/').pop() ?? ''),
    scripts: Object.fromEntries(
      responses
        .filter((response) => response.resourceType === kinds.js)
        .map((response) => [scriptName(new URL(response.url).pathname), response.transferBytes]),
    ),
  }
}

/** Loads each page in Chromium from a gzip-serving static server and records its weight. */
export async function measurePageWeights(
  browser: Browser,
  dist: string,
  pages: readonly { page: string; path: string }[],
  runs: number,
): Promise<PageWeight[]> {
  const server = await startStaticServer({ root: dist })
  try {
    const weights: PageWeight[] = []
    for (const { page, path } of pages) {
      const samples: PageWeight[] = []
      for (let run = 0; run < runs; run++) {
        const recorded = await openRecordedPage(browser)
        await recorded.page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
        await recorded.settled()
        samples.push(summariseResponses(page, path, recorded.responses))
        await recorded.context.close()
      }
      // Bytes barely vary between visits; keep the run with the median JS.
      samples.sort((a, b) => a.js.gzip - b.js.gzip)
      const middle = samples[Math.floor(samples.length / 2)]
      if (middle) weights.push(middle)
    }
    return weights
  } finally {
    await server.close()
  }
}
