import { z } from 'zod'
import { LocalizedText } from './locale.schema.ts'
import { promisedAnchors } from './article-anchors.ts'

/**
 * Sections of the guide, FAQ and support pages that replies may link to besides the team's
 * contract anchors: these pages are written together with the templates, and a unit test
 * proves each id exists in both languages.
 */
export const guideAnchors = [
  '/guide/clients#overview',
  '/faq/basics#models',
  '/faq/billing#failed-requests',
  '/faq/billing#invoices',
  '/faq/security#key-leaked',
  '/faq/security#never-send-full-key',
  '/support/contact#find-request-id',
] as const

/**
 * Every `slug#anchor` a reply may link to: a link anywhere else could break silently when an
 * article is rewritten, so it fails validation instead.
 */
export const replyTemplateLinks: readonly string[] = [...new Set<string>([...promisedAnchors, ...guideAnchors])]

/**
 * Gateway values a reply may name as `{placeholder}`; the widget fills them from the gateway
 * config, so no brand or address is typed into a reply.
 */
export const replyPlaceholders = [
  'name',
  'apiBaseUrl',
  'apiOrigin',
  'keyPrefix',
  'syncTypical',
  'syncPeak',
  'topUp',
  'keys',
  'usage',
  'models',
  'email',
  // The operator's invoice policy in the reply's language (data/policy.ts), itself filled.
  'invoiceAnswer',
] as const
export type ReplyPlaceholder = (typeof replyPlaceholders)[number]

const placeholderPattern = /\{([A-Za-z]+)\}/g

/** A reply text may name gateway values as `{name}`; anything else would reach the user raw. */
const ReplyText = z.string().superRefine((text, ctx) => {
  for (const [, name] of text.matchAll(placeholderPattern)) {
    if (!(replyPlaceholders as readonly string[]).includes(name ?? '')) {
      ctx.addIssue({ code: 'custom', message: `unknown placeholder {${name}}; known: ${replyPlaceholders.join(', ')}` })
    }
  }
  if (/https?:\/\//.test(text)) ctx.addIssue({ code: 'custom', message: 'must not type a URL; use a placeholder' })
})

export const ReplyTemplate = z.strictObject({
  /** Kebab-case, stable: staff refer to templates by id in handoff notes. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be ASCII kebab-case'),
  title: LocalizedText,
  text: z.strictObject({ zh: ReplyText.pipe(z.string().min(1)), en: ReplyText.pipe(z.string().min(1)) }),
  /** The section that answers the ticket, locale-neutral (`/faq/billing#invoices`). */
  link: z.string().refine((link) => replyTemplateLinks.includes(link), {
    message: 'must be a known anchor (causeArticle, promisedAnchors or guideAnchors)',
  }),
})
export type ReplyTemplate = z.infer<typeof ReplyTemplate>

export const ReplyTemplates = z
  .array(ReplyTemplate)
  .min(1)
  .superRefine((templates, ctx) => {
    const seen = new Set<string>()
    templates.forEach((template, index) => {
      if (seen.has(template.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${template.id}` })
      seen.add(template.id)
    })
  })

/** Stops the build naming the template and field at fault. */
export function parseReplyTemplates(input: unknown): ReplyTemplate[] {
  const result = ReplyTemplates.safeParse(input)
  if (!result.success) {
    throw new Error(`data/reply-templates.ts is invalid:\n${z.prettifyError(result.error)}`)
  }
  return result.data
}
