import { protocolOf, protocols, toolIds } from '../../data/protocols.ts'
import type { Protocol } from '../../data/protocols.ts'

/**
 * `--protocol NAME` or `--tool NAME`: the protocol by its id or by a tool that speaks it
 * (`--tool claude-code` is `anthropic-messages`), and only one the gateway serves.
 * Returns the protocol, or the sentence that says what was wrong.
 */
export function readProtocolArg(
  flag: string,
  value: string,
  offered: readonly Protocol[],
): { protocol: Protocol } | { problem: string } {
  const protocol = protocolOf(value)
  if (!protocol) {
    const names = flag === '--tool' ? toolIds.join(', ') : Object.keys(protocols).join(', ')
    return { problem: `${flag} must be one of ${names}; got ${value}` }
  }
  if (!offered.includes(protocol)) {
    return { problem: `${flag} ${value}: this gateway does not serve ${protocol}; it serves ${offered.join(', ')}` }
  }
  return { protocol }
}
