import { z } from 'zod'

const Slug = z.string().regex(/^\/[^#\s]*(#[a-z0-9][a-z0-9-]*)?$/, 'a slug such as /faq/basics or /faq/basics#some-id')

/**
 * Where a published page or `page#anchor` went when it was renamed or merged. Keys and values
 * are locale-neutral slugs (`/troubleshooting/auth#old-id`); the same move applies under `/en/`.
 * Support replies sent years ago still work because the site forwards them.
 */
export const AnchorMoves = z.record(Slug, Slug)
