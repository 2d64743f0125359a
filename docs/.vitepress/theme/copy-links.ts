import { copyText } from '@components/shared/clipboard.ts'

const copiedLabel = { zh: '已复制链接', en: 'Link copied' }
const failedLabel = { zh: '复制失败，请手动复制地址栏', en: 'Could not copy; copy the address bar instead' }

/**
 * One delegated listener serves every heading's copy button (see config/markdown.ts), so
 * articles ship no per-heading script. The full URL is copied, ready for a support reply.
 */
export function installCopyLinks(win: Window): void {
  win.document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest?.('button[data-copy-link]')
    if (!(button instanceof win.HTMLButtonElement)) return
    // A heading's button holds its id; a button that points elsewhere holds the site path.
    const target = button.dataset.copyLink ?? ''
    const url = new URL(win.location.href)
    if (target.startsWith('/')) url.href = new URL(target, win.location.origin).href
    else url.hash = target
    const lang = win.document.documentElement.lang.startsWith('en') ? 'en' : 'zh'
    const ok = await copyText(url.href, win)
    button.dataset.copied = ok ? 'true' : 'false'
    announce(win, ok ? copiedLabel[lang] : failedLabel[lang])
    win.setTimeout(() => delete button.dataset.copied, 2000)
  })
}

/** A polite live region tells screen-reader users the copy worked. */
function announce(win: Window, message: string): void {
  let region = win.document.getElementById('copy-link-status')
  if (!region) {
    region = win.document.createElement('div')
    region.id = 'copy-link-status'
    region.className = 'visually-hidden'
    region.setAttribute('role', 'status')
    region.setAttribute('aria-live', 'polite')
    win.document.body.append(region)
  }
  region.textContent = ''
  win.setTimeout(() => {
    if (region) region.textContent = message
  }, 30)
}
