import { isRecord } from './http.ts'

/**
 * The ids of a model list in Gemini's format, `{models:[{name:"models/…"}]}`: what new-api answers
 * on `/v1/models` when a Gemini key header is sent (router/relay-router.go), and what a gateway
 * misrouting OpenAI clients answers. Cursor and Dify read only OpenAI's `data[].id`.
 */
export function geminiModelIds(json: unknown): string[] | undefined {
  const models = isRecord(json) && !('data' in json) ? json.models : undefined
  if (!Array.isArray(models)) return undefined
  return models.flatMap((item: unknown) =>
    isRecord(item) && typeof item.name === 'string' ? [item.name.replace(/^models\//, '')] : [],
  )
}
