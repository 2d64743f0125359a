import { defineConfig } from 'vitest/config'
import SlowFirstSequencer from './test/e2e/support/sequencer.ts'

// Browser tests drive the built site (`npm run build` first) in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default; a widget that loads after first paint on a loaded
    // 2-core CI machine can take longer than that without anything being wrong.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    // Two cores: one Chromium per file, two files at a time.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirstSequencer },
  },
})
