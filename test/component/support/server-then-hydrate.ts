import { vi } from 'vitest'
import { createSSRApp, type Component } from 'vue'
import { renderToString } from 'vue/server-renderer'

/**
 * A page as VitePress's build renders it (`import.meta.env.SSR` on, so deferred widgets render in
 * full), put in the document; `hydrate` then mounts the client app over that HTML as the browser
 * does.
 */
export async function serverThenHydrate(page: Component) {
  vi.stubEnv('SSR', true)
  const html = await renderToString(createSSRApp(page))
  vi.unstubAllEnvs()
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  return { html, container, hydrate: () => createSSRApp(page).mount(container) }
}
