import { z } from 'zod'

/**
 * Every text users read is written in both languages, so a missing translation fails parsing
 * instead of showing a blank on one side of the site.
 */
export const LocalizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) })
export type LocalizedText = z.infer<typeof LocalizedText>
