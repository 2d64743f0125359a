import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ConnectionTester from '@components/connection-tester/ConnectionTester.vue'
import { checkIdsFor } from '@components/connection-tester/engine/protocol-plan.ts'
import { protocolMessages } from '@components/connection-tester/engine/protocol-messages.ts'
import { gateway } from '@data/gateway.ts'
import type { GatewayConfig } from '@data/gateway.schema.ts'
import { protocols } from '@data/protocols.ts'

async function mountAt(search: string, config: GatewayConfig = gateway, locale: 'zh' | 'en' = 'en') {
  window.history.replaceState(null, '', `/tools/connection-test${search}`)
  const wrapper = mount(ConnectionTester, {
    props: { locale, gateway: config, siteBase: '/' },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const checkNames = (wrapper: Awaited<ReturnType<typeof mountAt>>) =>
  wrapper.findAll('[data-check]').map((item) => item.attributes('data-check'))
const modelField = (wrapper: Awaited<ReturnType<typeof mountAt>>) =>
  wrapper.find('input[name="model"]').element as HTMLInputElement

let mounted: Awaited<ReturnType<typeof mountAt>> | undefined
afterEach(() => mounted?.unmount())

describe('the tester’s protocol choice', () => {
  it.each(['zh', 'en'] as const)('offers the gateway’s protocols by the tools that use them (%s)', async (locale) => {
    mounted = await mountAt('', gateway, locale)
    const options = mounted.findAll('select[name="protocol"] option')
    expect(options.map((option) => option.attributes('value'))).toEqual(gateway.protocols)
    expect(options.map((option) => option.text())).toEqual(gateway.protocols.map((id) => protocols[id].label[locale]))
    expect(mounted.text()).toContain(protocolMessages[locale].form.protocol)
  })

  it('lists the chosen protocol’s checks and moves a default model to that protocol’s', async () => {
    mounted = await mountAt('')
    await mounted.find('select[name="protocol"]').setValue('embeddings')
    expect(checkNames(mounted)).toEqual(checkIdsFor('embeddings'))
    expect(modelField(mounted).value).toBe(gateway.protocolModels.embeddings)
    expect(mounted.text()).toContain(protocolMessages.en.form.embeddingsModelHint)
    await mounted.find('select[name="protocol"]').setValue('anthropic-messages')
    expect(modelField(mounted).value).toBe(gateway.protocolModels['anthropic-messages'])
    expect(checkNames(mounted)).toContain('count-tokens')
  })

  it('keeps a model the user typed when the protocol changes', async () => {
    mounted = await mountAt('')
    await mounted.find('input[name="model"]').setValue('my-own-model')
    await mounted.find('select[name="protocol"]').setValue('gemini')
    expect(modelField(mounted).value).toBe('my-own-model')
  })

  it('takes ?protocol= by protocol or tool, and says so when the gateway does not serve it', async () => {
    mounted = await mountAt('?protocol=claude-code')
    expect((mounted.find('select[name="protocol"]').element as HTMLSelectElement).value).toBe('anthropic-messages')
    mounted.unmount()
    mounted = await mountAt('?protocol=openai-responses&model=gpt-5')
    expect(modelField(mounted).value).toBe('gpt-5')
    expect(checkNames(mounted)).toContain('responses-stream')
    mounted.unmount()
    const chatOnly = { ...gateway, protocols: ['openai-chat' as const] }
    mounted = await mountAt('?protocol=gemini', chatOnly)
    expect(mounted.text()).toContain(protocolMessages.en.form.badProtocol('gemini'))
    expect(mounted.find('select[name="protocol"]').exists()).toBe(false)
    expect(checkNames(mounted)).toEqual(checkIdsFor('openai-chat'))
  })
})
