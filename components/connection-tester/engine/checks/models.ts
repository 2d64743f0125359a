import type { CheckContext } from '../check-context.ts'
import { closestNames } from '../closest-names.ts'
import { curlCommand } from '../curl.ts'

/** Whether the chosen model is listed; a missing one waits for the chat check to judge it. */
export function checkModels(
  ctx: CheckContext,
  list: { models: string[]; partial: boolean },
  chatPassed: boolean,
): void {
  const { models } = list
  const curl = curlCommand({ method: 'GET', url: `${ctx.baseUrl}/models`, key: true })
  const facts = { listed: models.length }
  if (list.partial) {
    const kib = Math.round(ctx.http.bodyCapBytes / 1024)
    const seen = models.includes(ctx.model) ? ctx.msg.models.pass(ctx.model) : ''
    ctx.state.set('models', { status: 'warn', message: `${ctx.msg.models.partial(kib)} ${seen}`.trim(), curl, facts })
    return
  }
  if (models.includes(ctx.model)) {
    ctx.state.set('models', { status: 'pass', message: ctx.msg.models.pass(ctx.model), curl, facts })
    return
  }
  if (models.length === 0 && chatPassed) {
    ctx.state.set('models', { status: 'warn', message: ctx.msg.models.empty, curl, facts })
    return
  }
  if (chatPassed) {
    ctx.state.set('models', { status: 'warn', message: ctx.msg.models.missingButAnswered(ctx.model), curl, facts })
    return
  }
  const nearest = closestNames(ctx.model, models)
  const message = [
    models.length ? ctx.msg.models.missing(ctx.model, models.length) : ctx.msg.models.empty,
    nearest.length ? ctx.msg.models.closest(nearest.join(', ')) : '',
  ]
  ctx.state.set('models', {
    status: 'fail',
    cause: 'model_not_found',
    message: message.filter(Boolean).join(' '),
    curl,
    facts: { ...facts, closest: nearest.join(', ') },
  })
}
