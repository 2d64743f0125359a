/**
 * The Chromium every browser run here drives: Debian's, never a download (`CHROMIUM_PATH`
 * overrides it). Shared by the browser tests and the bench, so both see the same browser.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Flags that keep Chromium off the network (this machine has none, and a browser that tries
 * stalls) and let it run as root. Playwright gives each launch a fresh temporary profile.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]
