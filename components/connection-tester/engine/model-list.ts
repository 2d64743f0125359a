import { isRecord } from '../../shared/records.ts'

/** The model list a 200 answer of `/models` holds, or undefined when it is not one. */
export function modelIdsOf(json: unknown): string[] | undefined {
  const data = isRecord(json) ? json.data : undefined
  if (!Array.isArray(data)) return undefined
  return data.flatMap((item: unknown) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : []))
}

/** The ids in the part of an over-long list that was read, so a cut-off list still helps. */
export function partialModelIds(text: string): string[] | undefined {
  if (!/^\s*\{[\s\S]*"data"\s*:\s*\[/.test(text)) return undefined
  return [...text.matchAll(/"id"\s*:\s*"([^"\\]+)"/g)].flatMap((match) => (match[1] ? [match[1]] : []))
}

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
