import { z } from 'zod'

const Slug = z.string().regex(/^\/[^#\s*]*(#[a-z0-9][a-z0-9-]*)?$/, 'a slug such as /faq/basics or /faq/basics#some-id')

/** `/errors#*`: every anchor of a page at once. */
const WildcardFrom = z.string().regex(/^\/[^#\s*]*#\*$/)
/** `/errors/*`: the `*` becomes the anchor that missed. */
const WildcardTo = z.string().regex(/^\/[^#\s*]*\*[^#\s*]*$/)

/**
 * Where a published page or `page#anchor` went when it was renamed or merged. Keys and values
 * are locale-neutral slugs (`/troubleshooting/auth#old-id`); the same move applies under `/en/`.
 * Support replies sent years ago still work because the site forwards them. A wildcard move
 * (`"/errors#*": "/errors/*"`) sends every anchor that is no longer on a page to a page of its own.
 */
export const AnchorMoves = z.record(z.string(), z.string()).superRefine((moves, ctx) => {
  for (const [from, to] of Object.entries(moves)) {
    const wildcard = from.endsWith('#*')
    const fromOk = wildcard ? WildcardFrom.safeParse(from).success : Slug.safeParse(from).success
    const toOk = wildcard ? WildcardTo.safeParse(to).success : Slug.safeParse(to).success
    if (!fromOk)
      ctx.addIssue({
        code: 'custom',
        path: [from],
        message: 'a slug such as /faq/basics, /faq/basics#some-id or /errors#*',
      })
    else if (!toOk)
      ctx.addIssue({
        code: 'custom',
        path: [from],
        message: wildcard
          ? 'a wildcard move goes to a path with one *, such as /errors/*'
          : 'a slug such as /faq/basics or /faq/basics#some-id',
      })
  }
})
