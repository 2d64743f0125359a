import { z } from 'zod'
import { LocalizedText } from './locale.schema.ts'
import { Protocol } from './protocols.schema.ts'

/** Which endpoints a key can read its own balance from (`shared/gateway-facts.md`). */
export const BalanceApi = z.enum(['new-api', 'one-api', 'openrouter', 'none'])
export type BalanceApi = z.infer<typeof BalanceApi>

const webUrl = z
  .url({ protocol: /^https?$/, error: 'must be a full http(s):// address' })
  .refine((u) => !u.endsWith('/'), 'must not end with a slash')

/**
 * What differs from one operator to the next and users ask about every day. The FAQ states each as
 * fact from here (data/policy.ts holds the sentences); `unstated`, the default, makes the page say
 * plainly that this site does not state it and where to ask, instead of guessing.
 */
export const GatewayPolicy = z.strictObject({
  /** Whether topped-up balance expires: never, after some months, or not stated. */
  balanceExpiry: z
    .union([z.enum(['never', 'unstated']), z.strictObject({ months: z.number().int().positive() })])
    .default('unstated'),
  invoices: z.enum(['issued', 'not-issued', 'unstated']).default('unstated'),
  /** Whether a request that ends in an error is charged. */
  failedRequests: z.enum(['not-billed', 'billed', 'unstated']).default('unstated'),
  /** Whether the gateway retries a failed request on another channel by itself. */
  channelRetry: z.enum(['automatic', 'none', 'unstated']).default('unstated'),
  /** Whether a media task submitted twice by mistake gets the second charge back. */
  duplicateMediaTasks: z.enum(['refunded', 'not-refunded', 'unstated']).default('unstated'),
  /** Whether the API is reachable from mainland China without a proxy or VPN. */
  mainlandChina: z.enum(['direct', 'proxy-needed', 'unstated']).default('unstated'),
  /** Whether the keys are the gateway's own or official upstream keys resold. */
  keyOrigin: z.enum(['gateway-issued', 'official-upstream', 'unstated']).default('unstated'),
})
export type GatewayPolicy = z.infer<typeof GatewayPolicy>

/**
 * Where the operator announces incidents, read by the status banner on the error pages, the lookup
 * and the tester (components/status-banner). `none` (the default) fetches nothing.
 */
export const StatusSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  /** new-api's own `/api/notice` and `/api/uptime/status`, at the console's origin. */
  z.strictObject({ kind: z.literal('new-api'), url: webUrl }),
  /** An Uptime Kuma status page: `/api/status-page/<slug>` and its heartbeats. */
  z.strictObject({ kind: z.literal('uptime-kuma'), url: webUrl, slug: z.string().regex(/^[a-z0-9-]+$/) }),
  /** An Atlassian Statuspage: `/api/v2/summary.json`. */
  z.strictObject({ kind: z.literal('statuspage'), url: webUrl }),
])
export type StatusSource = z.infer<typeof StatusSource>

export const GatewayConfig = z
  .strictObject({
    /** Brand name shown in titles and text, e.g. "Example AI". */
    name: z.string().trim().min(1, 'must not be empty'),
    /** Public address of this help center, used for the sitemap and copied links. */
    siteUrl: webUrl,
    /** What the OpenAI SDKs take as `base_url`: the API origin plus `/v1`. */
    apiBaseUrl: webUrl.refine((u) => /\/v1$/.test(u) && !/\/v1\/v1$/.test(u), 'must end with a single /v1'),
    /** Prefix of the gateway's keys (`sk-` for one-api/new-api and most resellers). */
    keyPrefix: z.string().min(1),
    /** The model the connection test and examples use unless the user picks another. */
    defaultModel: z.string().trim().min(1),
    balanceApi: BalanceApi,
    /** The protocols the gateway serves; the connection tester offers only these. */
    protocols: z
      .array(Protocol)
      .min(1, 'must name at least one protocol')
      .refine((list) => new Set(list).size === list.length, 'must not name a protocol twice')
      .default(['openai-chat']),
    /** The model the tester uses per protocol, where `defaultModel` will not do (an embeddings model). */
    protocolModels: z.partialRecord(Protocol, z.string().trim().min(1)).default({}),
    /** Minutes a top-up takes to reach the API: usually, and at peak hours. */
    balanceSyncMinutes: z
      .object({ typical: z.number().int().positive(), peak: z.number().int().positive() })
      .refine((m) => m.peak >= m.typical, 'peak must not be shorter than typical'),
    console: z.strictObject({
      /** The console's home page: users sometimes paste it as their base URL. */
      home: webUrl,
      keys: webUrl,
      topUp: webUrl,
      usage: webUrl,
      models: webUrl,
    }),
    /** Where outages are announced; articles link here for 5xx errors. */
    statusPage: webUrl,
    statusSource: StatusSource.default({ kind: 'none' }),
    policy: GatewayPolicy.prefault({}),
    support: z.strictObject({
      email: z.email('must be an e-mail address'),
      ticketUrl: webUrl,
      hours: LocalizedText,
      /**
       * Who, by role, may do what a ticket can ask for: the staff playbook states these as rules, so
       * an agent knows whom to hand a ticket to instead of promising a refund or a route change.
       */
      staff: z.strictObject({
        /** May read request logs (they hold users' prompts). */
        viewLogs: LocalizedText,
        /** May grant a refund or a credit. */
        refund: LocalizedText,
        /** May switch a model's channel or route. */
        switchRoute: LocalizedText,
      }),
    }),
  })
  .refine((config) => !config.protocols.includes('embeddings') || config.protocolModels.embeddings !== undefined, {
    path: ['protocolModels', 'embeddings'],
    message: 'name the embeddings model the tester uses when protocols include embeddings',
  })
export type GatewayConfig = z.infer<typeof GatewayConfig>

/** Parses a config and, when it is wrong, names every bad field in one message. */
export function parseGatewayConfig(input: unknown): GatewayConfig {
  const result = GatewayConfig.safeParse(input)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  throw new Error(`Invalid gateway config (data/gateway.ts):\n${lines.join('\n')}`)
}
