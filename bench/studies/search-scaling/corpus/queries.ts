import { articleSlug, errorMessage, topicOf, type ArticleTopic, type CorpusLocale } from './generate.ts'

/** A query with a known answer: any page whose topic matches every field given is right. */
export interface KnownAnswerQuery {
  locale: CorpusLocale
  text: string
  /** `typed`: what a user types; `pasted`: an error message copied from a client. */
  style: 'typed' | 'pasted'
  matches: Partial<Record<'kind' | 'client' | 'model', string>>
}

/** Queries per locale: the latency percentiles are taken over these. */
export const queriesPerLocale = 30

/**
 * Targets among the first 100 articles, so every corpus size holds at least one right answer
 * while larger ones add thousands of near misses (same client, same error, other model).
 */
export function knownAnswerQueries(locale: CorpusLocale): KnownAnswerQuery[] {
  const queries: KnownAnswerQuery[] = []
  // Walk the first 100 articles in a scrambled order, skipping a query already asked.
  for (let step = 0; step < 100 && queries.length < queriesPerLocale; step++) {
    const query = queryFor(topicOf((step * 37 + 11) % 100), locale, queries.length % 2 === 0 ? 'typed' : 'pasted')
    if (!queries.some((asked) => asked.text === query.text)) queries.push(query)
  }
  return queries
}

function queryFor(topic: ArticleTopic, locale: CorpusLocale, style: KnownAnswerQuery['style']): KnownAnswerQuery {
  const { kind, client, model } = topic
  if (style === 'typed') {
    return {
      locale,
      style,
      text: `${client} ${model} ${kind[locale].title}`,
      matches: { kind: kind.id, client, model },
    }
  }
  const message = errorMessage(kind, locale, model)
  return {
    locale,
    style,
    text: message.includes(model) ? message : `${model} ${message}`,
    matches: { kind: kind.id, model },
  }
}

function isRightAnswer(query: KnownAnswerQuery, topic: ArticleTopic): boolean {
  const { kind, client, model } = query.matches
  return (
    (kind === undefined || topic.kind.id === kind) &&
    (client === undefined || topic.client === client) &&
    (model === undefined || topic.model === model)
  )
}

/** Slugs of every right page among `pageCount` articles, for scoring a result list. */
export function rightAnswers(query: KnownAnswerQuery, pageCount: number): Set<string> {
  const slugs = new Set<string>()
  for (let index = 0; index < pageCount; index++) {
    if (isRightAnswer(query, topicOf(index))) slugs.add(articleSlug(index))
  }
  return slugs
}
