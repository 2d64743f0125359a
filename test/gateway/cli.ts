import { protocolFaultNames, protocolFaults } from './protocol-scenarios.ts'
import { scenarioNames, scenarios, testKeyFor } from './scenarios.ts'
import { startTestGateway } from './server.ts'

// `npm run gateway`: the fake gateway on 127.0.0.1 for trying the tester or a client by hand.
const port = Number(process.env.PORT ?? 8787)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}"`)
  process.exit(1)
}

const gateway = await startTestGateway({
  port,
  recordRequests: false,
  onAnswered: (request, status) =>
    console.log(`${request.method} ${request.path} → ${status || 'no answer'} (${request.scenario ?? 'no scenario'})`),
}).catch((error: unknown) => {
  const busy = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
  console.error(busy ? `Port ${port} is in use: set PORT to another one.` : `Could not start: ${String(error)}`)
  process.exit(1)
})
const width = Math.max(...[...scenarioNames, ...protocolFaultNames].map((name) => name.length))

console.log(`Test gateway listening on ${gateway.url}\n`)
console.log('Pick a scenario by path (base URL) or by key:')
console.log(`  base URL ${gateway.url}/<scenario>/v1   with any key like sk-0123456789abcdef`)
console.log(`  base URL ${gateway.url}/v1              with the key sk-test-<scenario>-anything\n`)
for (const name of scenarioNames) console.log(`  ${name.padEnd(width)}  ${scenarios[name].description}`)
console.log("\nFaults of the agents' protocols, chosen the same way (test with the protocol named):")
for (const name of protocolFaultNames) {
  const fault = protocolFaults[name]
  console.log(`  ${name.padEnd(width)}  [${fault.protocol}] ${fault.description}`)
}
console.log('\nExamples:')
console.log(`  curl ${gateway.url}/healthy/v1/models -H 'Authorization: Bearer sk-0123456789abcdef'`)
console.log(
  `  curl -N ${gateway.url}/v1/chat/completions -H 'Authorization: Bearer ${testKeyFor('stream-cut')}' \\\n` +
    `    -H 'Content-Type: application/json' -d '{"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"hi"}]}'`,
)
console.log(`  curl -i ${gateway.url}/balance-403/api/usage/token -H 'Authorization: Bearer sk-0123456789abcdef'`)
console.log(
  `  curl -N ${gateway.url}/healthy/v1/messages -H 'x-api-key: sk-0123456789abcdef' -H 'anthropic-version: 2023-06-01' \\\n` +
    `    -H 'Content-Type: application/json' -d '{"model":"claude-3-5-haiku-20241022","max_tokens":16,"stream":true,"messages":[{"role":"user","content":"hi"}]}'`,
)
console.log('\nCtrl-C stops it.')

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  gateway.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('could not stop cleanly:', error)
      process.exit(1)
    },
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
