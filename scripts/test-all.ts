import { spawnSync } from 'node:child_process'

/**
 * `npm test`: every check the project promises, in the order that fails fastest. Each step is
 * a command a developer can also run alone.
 */
const steps: { name: string; command: string }[] = [
  { name: 'Chromium for the browser tests', command: 'bash scripts/ensure-chromium.sh' },
  { name: 'Type check (vue-tsc)', command: 'npx vue-tsc --noEmit' },
  { name: 'Lint (ESLint + Prettier)', command: 'npm run lint' },
  { name: 'Unit and component tests', command: 'npx vitest run' },
  { name: 'Production build + search index', command: 'npm run build' },
  { name: 'Internal links and anchors', command: 'npm run check:links' },
  { name: 'Published anchors (registry)', command: 'npm run check:anchors' },
  { name: 'White-label (a second gateway config builds clean)', command: 'npm run check:white-label' },
  { name: 'Browser tests (Chromium, axe-core)', command: 'npx vitest run --config vitest.e2e.config.ts' },
]

const started = Date.now()
let passed = 0
for (const step of steps) {
  const stepStarted = Date.now()
  console.log(`\n▶ ${step.name}: ${step.command}`)
  const result = spawnSync(step.command, { shell: true, stdio: 'inherit' })
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed after ${seconds}s.`)
    console.log(`steps: ${passed} passed, 1 failed`)
    process.exit(result.status ?? 1)
  }
  passed += 1
  console.log(`✔ ${step.name} (${seconds}s)`)
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`)
console.log(`steps: ${passed} passed, 0 failed`)
