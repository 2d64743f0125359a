import type { Dialect } from './scenarios.ts'

/** What a one-api/new-api group typically offers, so a hand-typed name can miss it realistically. */
export const chatModels = [
  'gpt-4o-mini',
  'gpt-4o',
  'gpt-4.1',
  'gpt-4.1-mini',
  'o3-mini',
  'claude-3-5-sonnet-20241022',
  'claude-3-5-haiku-20241022',
  'deepseek-chat',
  'deepseek-reasoner',
  'gemini-2.0-flash',
  'qwen-max',
] as const

/** Models that cannot chat: the whole list of the `unknown-model` scenario. */
export const nonChatModels = ['text-embedding-3-small', 'text-embedding-3-large', 'dall-e-3', 'tts-1', 'whisper-1']

/** OpenRouter names models `vendor/model`. */
export const openRouterModels = [
  'openai/gpt-4o-mini',
  'openai/gpt-4o',
  'anthropic/claude-3.5-sonnet',
  'deepseek/deepseek-chat',
  'google/gemini-2.0-flash-001',
] as const

const created = 1_715_367_049

function ownerOf(id: string): string {
  if (id.startsWith('claude')) return 'anthropic'
  if (id.startsWith('deepseek')) return 'deepseek'
  if (id.startsWith('gemini')) return 'google'
  if (id.startsWith('qwen')) return 'alibaba'
  return 'openai'
}

/** One entry of `GET /v1/models`, as the dialect writes it. */
export function modelEntry(dialect: Dialect, id: string): Record<string, unknown> {
  switch (dialect) {
    case 'openrouter':
      return {
        id,
        canonical_slug: id,
        name: id,
        created,
        context_length: 128_000,
        pricing: { prompt: '0.00000015', completion: '0.0000006' },
      }
    case 'one-api':
      return {
        id,
        object: 'model',
        created: 1_626_777_600,
        owned_by: ownerOf(id),
        permission: [
          {
            id: 'modelperm-LwHkVFn8AcMItP432fKKDIKJ',
            object: 'model_permission',
            created: 1_626_777_600,
            allow_create_engine: true,
            allow_sampling: true,
            allow_logprobs: true,
            allow_search_indices: false,
            allow_view: true,
            allow_fine_tuning: false,
            organization: '*',
            group: null,
            is_blocking: false,
          },
        ],
        root: id,
        parent: null,
      }
    case 'new-api':
      return { id, object: 'model', created, owned_by: ownerOf(id), supported_endpoint_types: ['openai'] }
    case 'openai':
      return { id, object: 'model', created, owned_by: ownerOf(id) }
  }
}

/** The whole `GET /v1/models` body; new-api adds `success`, OpenRouter has no `object`. */
export function modelList(dialect: Dialect, ids: readonly string[]): Record<string, unknown> {
  const data = ids.map((id) => modelEntry(dialect, id))
  if (dialect === 'openrouter') return { data }
  if (dialect === 'new-api') return { success: true, object: 'list', data }
  return { object: 'list', data }
}
