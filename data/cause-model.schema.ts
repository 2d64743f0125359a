import { z } from 'zod'
import { Cause } from './causes.schema.ts'

/**
 * The learned reading's model (`data/generated/cause-model.json`, written by `npm run train:lookup`): a linear
 * model from a paste's features to the causes. Weights are integers in hundredths, so the file diffs and
 * compresses well; a feature lists only the causes it moves, as (cause index, weight) pairs.
 */
export const CauseModel = z
  .strictObject({
    version: z.literal(1),
    causes: z.array(Cause).min(2),
    bias: z.array(z.number().int()),
    weights: z.record(z.string().min(1), z.array(z.number().int()).min(2)),
  })
  .superRefine((model, context) => {
    if (model.bias.length !== model.causes.length) {
      context.addIssue({ code: 'custom', path: ['bias'], message: 'one bias per cause' })
    }
    for (const [feature, pairs] of Object.entries(model.weights)) {
      const badIndex = pairs.some((value, at) => at % 2 === 0 && (value < 0 || value >= model.causes.length))
      if (pairs.length % 2 !== 0 || badIndex) {
        context.addIssue({ code: 'custom', path: ['weights', feature], message: '(cause index, weight) pairs' })
      }
    }
  })
export type CauseModel = z.infer<typeof CauseModel>

export function parseCauseModel(data: unknown): CauseModel {
  return CauseModel.parse(data)
}
