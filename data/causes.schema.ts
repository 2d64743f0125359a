import { z } from 'zod'
import { causes } from './causes.ts'

/** A cause as data files and markdown name it; parsing fails on anything off the list. */
export const Cause = z.enum(causes)
export type Cause = z.infer<typeof Cause>
