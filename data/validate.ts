import { gateway } from './gateway.ts'
import { parseGatewayConfig } from './gateway.schema.ts'
import { errorCatalogue } from './errors.ts'
import { parseErrorCatalogue } from './errors.schema.ts'
import { wizardTree } from './wizard.ts'
import { parseWizardTree } from './wizard.schema.ts'
import { protocols } from './protocols.ts'
import { parseProtocols } from './protocols.schema.ts'
import { replyTemplates } from './reply-templates.ts'
import { parseReplyTemplates } from './reply-templates.schema.ts'
import { causeModel } from './cause-model.ts'
import { parseCauseModel } from './cause-model.schema.ts'

/**
 * Runs every data file through its zod schema when the site builds, so a bad entry stops the
 * build with the field named. Data modules themselves stay zod-free, which keeps zod out of
 * the pages that import them.
 */
export function validateSiteData(): void {
  parseGatewayConfig(gateway)
  parseErrorCatalogue(errorCatalogue)
  parseWizardTree(wizardTree)
  parseReplyTemplates(replyTemplates)
  parseProtocols(protocols)
  parseCauseModel(causeModel)
}
