import { z } from 'zod'
import type { LocalizedText as Texts } from './locale.ts'

/**
 * Every text users read is written in both languages, so a missing translation fails parsing
 * instead of showing a blank on one side of the site. The type is the one in locale.ts.
 */
export const LocalizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) }) satisfies z.ZodType<Texts>
export type LocalizedText = Texts
