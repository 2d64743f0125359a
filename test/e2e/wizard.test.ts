import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { wizardTree } from '../../data/wizard.ts'
import { leafPaths, positionSearch, serializePosition, type Position } from '../../components/wizard/walk.ts'
import { closeBrowser, launchBrowser, openPage, sitePath, siteUrl } from './support/browser.ts'
import { schemeContext, seriousViolations } from './support/axe.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => closeBrowser(browser))

const prefix = { zh: '', en: '/en' } as const
type Locale = keyof typeof prefix

async function openWizard(locale: Locale, search = '') {
  const tracked = await openPage(browser, `${prefix[locale]}/tools/wizard${search}`)
  await tracked.page.waitForSelector('[data-wizard-ready="true"]')
  return tracked
}

const currentStep = (page: Page) => page.getAttribute('[data-step]', 'data-step')

async function waitForStep(page: Page, nodeId: string) {
  await page.waitForSelector(`[data-step="${nodeId}"]`)
}

/**
 * Depth-first through the whole tree with clicks: answer, check where it leads (and the cause
 * at a leaf), come back with the Back button. Returns each leaf reached with its links.
 */
async function walkEverything(page: Page) {
  const reached: { position: Position; cause: string | null; links: string[] }[] = []
  const visit = async (position: Position): Promise<void> => {
    const question = wizardTree.questions[position.nodeId]
    if (!question) {
      const leaf = wizardTree.leaves[position.nodeId]
      const cause = await page.getAttribute('[data-leaf]', 'data-leaf')
      expect(cause, serializePosition(position)).toBe(leaf?.cause)
      expect(new URL(page.url()).search).toBe(positionSearch(position))
      const links = await page.$$eval('[data-leaf] a[data-article-link], [data-leaf] a[data-error-link]', (anchors) =>
        anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
      )
      reached.push({ position, cause, links })
      return
    }
    for (const answer of question.answers) {
      await page.click(`[data-answer="${answer.id}"]`)
      await waitForStep(page, answer.next)
      await visit({
        trail: [...position.trail, { questionId: position.nodeId, answerId: answer.id }],
        nodeId: answer.next,
      })
      await page.click('[data-wizard-back]')
      await waitForStep(page, position.nodeId)
    }
  }
  await visit({ trail: [], nodeId: wizardTree.start })
  expect(reached.length).toBeGreaterThan(0)
  return reached
}

const allPaths = leafPaths(wizardTree)

describe('every path, by clicks', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`reaches all ${allPaths.length} leaves with the right cause, links resolving in the site (${locale})`, async () => {
      const { page, context, foreignRequests, errors } = await openWizard(locale)
      const reached = await walkEverything(page)
      expect(reached.map((leaf) => serializePosition(leaf.position)).sort()).toEqual(
        allPaths.map((position) => serializePosition(position)).sort(),
      )
      // Every article and error link of every leaf points at a page, or an id in it, that the build has.
      const links = [...new Set(reached.flatMap((leaf) => leaf.links))]
      const missing: string[] = []
      const pages = new Map<string, string>()
      for (const href of links) {
        expect(href.startsWith(sitePath(`${prefix[locale]}/`)), href).toBe(true)
        const [path = '', id = ''] = href.split('#')
        if (!pages.has(path)) {
          const response = await fetch(new URL(path, siteUrl()))
          pages.set(path, response.ok ? await response.text() : '')
        }
        // An error-entry link names a page of its own (`/errors/<id>`), an article link a section.
        const found = id === '' ? Boolean(pages.get(path)) : pages.get(path)?.includes(`id="${id}"`)
        if (!found) missing.push(href)
      }
      expect(missing).toEqual([])
      expect(foreignRequests).toEqual([])
      expect(errors).toEqual([])
      await context.close()
    }, 600_000)
  }
})

describe('links to a step', () => {
  // One path per leaf keeps this quick; the click walk above covers every path.
  const onePerLeaf = [...new Map(allPaths.map((position) => [position.nodeId, position])).values()]

  for (const locale of ['zh', 'en'] as const) {
    it(`open the same step, trail included (${locale})`, async () => {
      const { page, context, errors } = await openWizard(locale)
      for (const position of onePerLeaf) {
        await page.goto(siteUrl(`${prefix[locale]}/tools/wizard${positionSearch(position)}`))
        await page.waitForSelector('[data-wizard-ready="true"]')
        expect(await currentStep(page)).toBe(position.nodeId)
        expect(await page.getAttribute('[data-leaf]', 'data-leaf')).toBe(wizardTree.leaves[position.nodeId]?.cause)
        expect(await page.locator('[data-trail-index]').count()).toBe(position.trail.length)
      }
      expect(errors).toEqual([])
      await context.close()
    }, 120_000)
  }

  it('open the step a search result points at (#step-<id>)', async () => {
    const { page, context, errors } = await openWizard('en', '#step-task-stuck')
    await waitForStep(page, 'task-stuck')
    expect(await page.getAttribute('[data-leaf]', 'data-leaf')).toBe('task_failed')
    expect(new URL(page.url()).search).toBe('?path=symptom.media/media-state.queued/media-wait.over-30')
    expect(errors).toEqual([])
    await context.close()
  })

  it('say clearly when the step does not exist, and show the start', async () => {
    const { page, context, errors } = await openWizard('en', '?path=symptom.no-reply/topup.gone')
    expect(await page.textContent('[data-wizard-corrupt]')).toContain('no longer exists')
    expect(await currentStep(page)).toBe(wizardTree.start)
    expect(await page.locator('[data-answer]').count()).toBe(wizardTree.questions.symptom?.answers.length)
    expect(new URL(page.url()).search).toBe('')
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('browser history', () => {
  it('walks back and forward through the answers', async () => {
    const { page, context, errors } = await openWizard('zh')
    for (const [answer, next] of [
      ['no-reply', 'topup'],
      ['no', 'app-shows'],
      ['too-many', 'rate-quota-words'],
    ]) {
      await page.click(`[data-answer="${answer}"]`)
      await waitForStep(page, next ?? '')
    }
    await page.goBack()
    await waitForStep(page, 'app-shows')
    expect(new URL(page.url()).search).toBe('?path=symptom.no-reply/topup.no')
    await page.goBack()
    await waitForStep(page, 'topup')
    await page.goForward()
    await waitForStep(page, 'app-shows')
    await page.goBack()
    await page.goBack()
    await waitForStep(page, 'symptom')
    expect(new URL(page.url()).pathname).toBe(sitePath('/tools/wizard'))
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('keyboard only', () => {
  it('walks one path with Tab and Enter, focus following each question', async () => {
    const { page, context, errors } = await openWizard('en')
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement
        return {
          answer: element?.getAttribute('data-answer') ?? null,
          heading: element?.hasAttribute('data-step-heading') ?? false,
        }
      })
    // From the top of the page to the first answer.
    for (let presses = 0; presses < 80 && (await focused()).answer === null; presses++) await page.keyboard.press('Tab')
    expect((await focused()).answer).toBe('no-reply')
    await page.keyboard.press('Enter')
    await waitForStep(page, 'topup')
    const choose = async (answerId: string, next: string) => {
      expect((await focused()).heading).toBe(true)
      await page.keyboard.press('Tab')
      for (let presses = 0; presses < 12 && (await focused()).answer !== answerId; presses++)
        await page.keyboard.press('Tab')
      expect((await focused()).answer).toBe(answerId)
      await page.keyboard.press('Enter')
      await waitForStep(page, next)
    }
    await choose('no', 'app-shows')
    await choose('key-rejected', 'key-pasted')
    await choose('by-hand', 'key-malformed')
    expect((await focused()).heading).toBe(true)
    expect(await page.getAttribute('[data-leaf]', 'data-leaf')).toBe('key_format')
    expect(await page.textContent('[data-wizard-announcement]')).toMatch(/^Result: /)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('copy summary', () => {
  it('copies the answers, the fix and a link back to the step', async () => {
    const { page, context, errors } = await openPage(browser, '/tools/wizard?path=symptom.media/media-state.failed', {
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    await page.waitForSelector('[data-leaf="task_failed"]')
    await page.click('[data-copy-summary]')
    await expect.poll(() => page.textContent('[data-copy-status]')).toBe('已复制，可以直接粘贴到工单里。')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain(`向导链接：${siteUrl('/tools/wizard?path=symptom.media/media-state.failed')}`)
    expect(copied).toContain('原因：图片或视频任务失败 (task_failed)')
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('phone width and no JavaScript', () => {
  it('fits a phone screen with large answer buttons', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await page.goto(siteUrl('/tools/wizard?path=symptom.no-reply/topup.no'), { waitUntil: 'networkidle' })
    await page.waitForSelector('[data-wizard-ready="true"]')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const heights = await page.$$eval('[data-answer]', (buttons) =>
      buttons.map((b) => b.getBoundingClientRect().height),
    )
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
    await context.close()
  })

  it('prints the whole tree as nested sections without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(siteUrl('/en/tools/wizard'))
    // Inside the indexed article body, so search finds each fix.
    expect(await page.locator('[data-pagefind-body] [data-wizard-outline]').count()).toBe(1)
    expect(await page.locator('[data-wizard-outline] details').count()).toBe(
      Object.values(wizardTree.questions).reduce((sum, question) => sum + question.answers.length, 0),
    )
    for (const id of Object.keys(wizardTree.leaves)) expect(await page.locator(`h3#step-${id}`).count(), id).toBe(1)
    // A fix is readable by opening the answers that lead to it.
    await page.click('#step-symptom > details:nth-of-type(5) > summary')
    await page.click('#step-media-state > details:nth-of-type(2) > summary')
    expect(await page.locator('#step-task-failed').isVisible()).toBe(true)
    await context.close()
  })
})

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious violation at a question and at a leaf (${scheme})`, async () => {
      const context = await schemeContext(browser, scheme)
      const page = await context.newPage()
      for (const search of [
        '?path=symptom.no-reply/topup.no',
        '?path=symptom.no-reply/topup.no/app-shows.key-rejected/key-pasted.by-hand',
      ]) {
        await page.goto(siteUrl(`/tools/wizard${search}`), { waitUntil: 'networkidle' })
        await page.waitForSelector('[data-wizard-ready="true"]')
        const serious = await seriousViolations(page, '[data-wizard]')
        expect(serious, search).toEqual([])
      }
      await context.close()
    })
  }
})
