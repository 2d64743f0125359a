import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { gateway } from '@data/gateway.ts'
import { wizardTree } from '@data/wizard.ts'
import type { Locale } from '@data/locale.ts'
import type { WizardTree } from '@data/wizard.schema.ts'
import TroubleshootingWizard from '@components/wizard/TroubleshootingWizard.vue'
import type { RelatedErrors } from '@components/wizard/leaf-links.ts'

const relatedErrors: RelatedErrors = {
  key_format: [{ id: 'key-has-whitespace', title: { zh: '密钥含空格', en: 'Key has a space' } }],
}
const articleTitles = { '/troubleshooting/auth#key-format': { zh: '密钥格式有误', en: 'Malformed key' } }

let wrapper: VueWrapper | undefined

function setUrl(search: string) {
  window.history.replaceState(null, '', `/tools/wizard${search}`)
}

async function mountWizard(locale: Locale, tree: WizardTree = wizardTree) {
  wrapper = mount(TroubleshootingWizard, {
    props: { locale, tree, gateway, relatedErrors, articleTitles, siteBase: '/' },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const answerIds = (w: VueWrapper) => w.findAll('[data-answer]').map((button) => button.attributes('data-answer'))
const click = async (w: VueWrapper, selector: string) => {
  await w.get(selector).trigger('click')
  await flushPromises()
}
const walk = async (w: VueWrapper, answers: string[]) => {
  for (const answer of answers) await click(w, `[data-answer="${answer}"]`)
}

beforeEach(() => setUrl(''))
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.restoreAllMocks()
})

describe('TroubleshootingWizard', () => {
  it.each([
    ['zh', '现在遇到的是哪种情况？', '发出消息后 AI 不回复，或者弹出错误'],
    ['en', 'What is happening?', 'I send a message and get no reply, or an error'],
  ] as const)('starts with the first question as answer buttons (%s)', async (locale, question, firstAnswer) => {
    const w = await mountWizard(locale)
    expect(w.get('[data-wizard]').attributes('data-wizard-ready')).toBe('true')
    expect(w.find('[data-wizard-outline]').exists()).toBe(false)
    expect(w.get('[data-step-heading]').text()).toBe(question)
    expect(answerIds(w)).toEqual(wizardTree.questions.symptom!.answers.map((answer) => answer.id))
    expect(w.get('[data-answer]').text()).toBe(firstAnswer)
    expect(w.get('[data-answer]').element.tagName).toBe('BUTTON')
    expect(w.get('[data-wizard-back]').attributes('disabled')).toBeDefined()
    expect(w.find('[data-wizard-trail]').exists()).toBe(false)
  })

  it('fills the sync minutes from the gateway config', async () => {
    const w = await mountWizard('en')
    await walk(w, ['no-reply'])
    expect(w.get('[data-answer="just-now"]').text()).toBe(
      `Yes, less than ${gateway.balanceSyncMinutes.peak} minutes ago`,
    )
  })

  it('keeps the position in the URL and the trail on screen', async () => {
    const w = await mountWizard('zh')
    await walk(w, ['no-reply', 'no'])
    expect(window.location.search).toBe('?path=symptom.no-reply/topup.no')
    expect(w.get('[data-step]').attributes('data-step')).toBe('app-shows')
    const trail = w.findAll('[data-trail-index]')
    expect(
      trail.map((step) => [step.get('.wizard-trail-question').text(), step.get('.wizard-trail-answer').text()]),
    ).toEqual([
      ['现在遇到的是哪种情况？', '发出消息后 AI 不回复，或者弹出错误'],
      ['最近充值过吗？', '没有充值'],
    ])
    expect(trail[1]?.text().replace(/\s+/g, ' ')).toBe('回到这一题重新选： 最近充值过吗？ 没有充值')
  })

  it('moves focus to the new question and announces it', async () => {
    const w = await mountWizard('en')
    await walk(w, ['no-reply'])
    const heading = w.get('[data-step-heading]')
    expect(document.activeElement).toBe(heading.element)
    expect(w.get('[data-wizard-announcement]').text()).toBe('Question 2: Did you top up recently?')
    expect(w.get('[data-wizard-announcement]').attributes('aria-live')).toBe('polite')
  })

  it('ends in a leaf with its cause, steps and links (en)', async () => {
    const w = await mountWizard('en')
    await walk(w, ['no-reply', 'no', 'key-rejected', 'by-hand'])
    const leaf = w.get('[data-leaf]')
    expect(leaf.attributes('data-leaf')).toBe('key_format')
    expect(w.findAll('[data-answer]')).toHaveLength(0)
    expect(document.activeElement).toBe(w.get('[data-step-heading]').element)
    expect(w.get('[data-wizard-announcement]').text()).toMatch(/^Result: The key probably picked up extra characters/)
    expect(leaf.findAll('ol li')).toHaveLength(3)
    expect(leaf.get('[data-connection-test]').attributes('href')).toBe('/en/tools/connection-test')
    const articles = leaf.findAll('[data-article-link]')
    expect(articles[0]?.attributes('href')).toBe('/en/troubleshooting/auth#key-format')
    expect(articles[0]?.text()).toBe('Malformed key')
    expect(leaf.get('[data-error-link]').attributes('href')).toBe('/en/errors/key-has-whitespace')
    expect(leaf.get('[data-error-link]').text()).toBe('Key has a space')
    expect(leaf.text()).toContain('Open the keys page')
  })

  it('prefills the connection test with the model where the leaf asks for it (zh)', async () => {
    const w = await mountWizard('zh')
    await walk(w, ['no-reply', 'no', 'model-missing', 'only-one', 'typed'])
    expect(w.get('[data-leaf]').attributes('data-leaf')).toBe('model_not_found')
    expect(w.get('[data-connection-test]').attributes('href')).toBe(
      `/tools/connection-test?model=${encodeURIComponent(gateway.defaultModel)}`,
    )
    expect(w.find('[data-error-link]').exists()).toBe(false)
  })

  it('goes back one step, to a trail step, and restarts', async () => {
    const w = await mountWizard('zh')
    await walk(w, ['no-reply', 'no', 'key-rejected'])
    await click(w, '[data-wizard-back]')
    expect(w.get('[data-step]').attributes('data-step')).toBe('app-shows')
    expect(window.location.search).toBe('?path=symptom.no-reply/topup.no')
    await click(w, '[data-trail-index="0"]')
    expect(w.get('[data-step]').attributes('data-step')).toBe('symptom')
    expect(window.location.search).toBe('')
    await walk(w, ['media', 'failed'])
    expect(w.get('[data-leaf]').attributes('data-leaf')).toBe('task_failed')
    await click(w, '[data-wizard-restart]')
    expect(w.get('[data-step]').attributes('data-step')).toBe('symptom')
    expect(w.find('[data-wizard-trail]').exists()).toBe(false)
  })

  it('opens the step of a deep link', async () => {
    setUrl('?path=symptom.media/media-state.queued/media-wait.over-30')
    const w = await mountWizard('en')
    expect(w.get('[data-leaf]').attributes('data-leaf')).toBe('task_failed')
    expect(w.findAll('[data-trail-index]')).toHaveLength(3)
    expect(w.find('[data-wizard-corrupt]').exists()).toBe(false)
    // Opening a link is not a move: focus stays where the browser put it.
    expect(document.activeElement?.hasAttribute('data-step-heading')).toBe(false)
  })

  it.each([['?path=symptom.nope'], ['?path=%3Cscript%3E'], ['?path=topup.no']])(
    'shows a clear message and the start for a corrupt link %s',
    async (search) => {
      setUrl(search)
      const w = await mountWizard('zh')
      expect(w.get('[data-wizard-corrupt]').text()).toBe('这个链接里的步骤已经不存在或不完整，已从第一题重新开始。')
      expect(w.get('[data-step]').attributes('data-step')).toBe('symptom')
      expect(window.location.search).toBe('')
      await walk(w, ['media'])
      expect(w.find('[data-wizard-corrupt]').exists()).toBe(false)
    },
  )

  it('follows the browser back button (popstate)', async () => {
    const w = await mountWizard('en')
    await walk(w, ['no-reply', 'no'])
    setUrl('?path=symptom.no-reply')
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }))
    await flushPromises()
    expect(w.get('[data-step]').attributes('data-step')).toBe('topup')
    expect(document.activeElement).toBe(w.get('[data-step-heading]').element)
  })

  it('copies a summary with the link, the answers and the fix', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true })
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    const w = await mountWizard('zh')
    await walk(w, ['no-reply', 'just-now'])
    await click(w, '[data-copy-summary]')
    const text = writeText.mock.calls[0]?.[0] ?? ''
    expect(text).toContain(`向导链接：${window.location.origin}/tools/wizard?path=symptom.no-reply/topup.just-now`)
    expect(text).toContain('- 最近充值过吗？ → 充了，还不到')
    expect(text).toContain('原因：余额或额度不足 (insufficient_balance)')
    expect(text).toContain(`1. 从充值算起等满 ${gateway.balanceSyncMinutes.peak} 分钟`)
    expect(text).toContain(`${window.location.origin}/troubleshooting/no-reply-after-recharge#wait-for-sync`)
    expect(w.get('[data-copy-status]').text()).toBe('已复制，可以直接粘贴到工单里。')
    expect(w.find('[data-copy-fallback]').exists()).toBe(false)
  })

  it('shows the summary to copy by hand when copying fails', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true })
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    document.execCommand = vi.fn(() => false)
    const w = await mountWizard('en')
    await walk(w, ['media', 'failed'])
    await click(w, '[data-copy-summary]')
    expect(w.get('[data-copy-status]').text()).toBe('Could not copy automatically; select the text below and copy it.')
    const fallback = w.get<HTMLTextAreaElement>('[data-copy-fallback]').element.value
    expect(fallback).toContain('Cause: Image or video task failed (task_failed)')
  })

  it('renders tree text as text, never as HTML', async () => {
    const tree = structuredClone(wizardTree)
    tree.questions.symptom!.answers[0]!.label.en = '<img src=x onerror=alert(1)>'
    const w = await mountWizard('en', tree)
    expect(w.find('img').exists()).toBe(false)
    expect(w.get('[data-answer="no-reply"]').text()).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('without JavaScript (server render)', () => {
  it.each(['zh', 'en'] as const)(
    'prints the whole tree as nested sections, each fix with an id (%s)',
    async (locale) => {
      const app = createSSRApp(TroubleshootingWizard, {
        locale,
        tree: wizardTree,
        gateway,
        relatedErrors,
        articleTitles,
      })
      const html = await renderToString(app)
      expect(html).toContain('data-wizard-outline')
      expect(html).not.toContain('data-answer')
      for (const id of Object.keys(wizardTree.leaves)) expect(html, id).toMatch(new RegExp(`<h3 id="step-${id}"`))
      for (const id of Object.keys(wizardTree.questions)) expect(html, id).toContain(`id="step-${id}"`)
      const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
      for (const question of Object.values(wizardTree.questions)) expect(html).toContain(escape(question.text[locale]))
      expect(html.match(/<details/g)?.length).toBe(
        Object.values(wizardTree.questions).reduce((sum, question) => sum + question.answers.length, 0),
      )
      // A node reached by several answers is printed once and linked from the others.
      expect(html).toContain('href="#step-app-shows"')
    },
  )
})

describe('#step- anchors', () => {
  it('open the step a search result or outline link points at, and put its path in the URL', async () => {
    setUrl('#step-task-stuck')
    const w = await mountWizard('zh')
    expect(w.get('[data-step]').attributes('data-step')).toBe('task-stuck')
    expect(window.location.search).toBe('?path=symptom.media/media-state.queued/media-wait.over-30')
    expect(window.location.hash).toBe('')
  })

  it('leave the start alone for an unknown step', async () => {
    setUrl('#step-nope')
    const w = await mountWizard('zh')
    expect(w.get('[data-step]').attributes('data-step')).toBe('symptom')
    expect(w.find('[data-wizard-corrupt]').exists()).toBe(false)
  })
})
