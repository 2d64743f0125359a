/** Said above the widget when its code cannot be downloaded (offline, or replaced by a deployment). */
export const loadFailedMessage = {
  zh: '这个工具没能加载，请检查网络后刷新页面。',
  en: 'This tool could not load. Check your connection and reload the page.',
} as const

/**
 * Puts the message before the widget's server HTML, which stays on screen but would never respond
 * (the tester's fields stay disabled, the lookup never answers). Text only, once.
 */
export function showLoadFailed(root: HTMLElement, locale: unknown): void {
  if (root.previousElementSibling?.hasAttribute('data-widget-failed')) return
  const notice = document.createElement('p')
  notice.setAttribute('role', 'alert')
  notice.setAttribute('data-widget-failed', '')
  notice.className = 'custom-block danger'
  notice.textContent = loadFailedMessage[locale === 'en' ? 'en' : 'zh']
  root.before(notice)
}

/** Said after the widget when the reader types into it before its code has arrived. */
export const loadingMessage = {
  zh: '这个工具还在加载，你输入的内容会保留，加载完就会处理。',
  en: 'This tool is still loading. What you typed is kept and will be used once it is ready.',
} as const

/**
 * On a slow link the server HTML is on screen for seconds before the widget is live, and a paste
 * into the lookup would meet silence. When the reader types or picks something there and the
 * widget is still not live `delayMs` later, a status line after it says so (after, not before, so
 * the field being typed in does not move). Returns what takes the line away again.
 */
export function noticeWhileLoading(root: HTMLElement, locale: unknown, delayMs = 300): () => void {
  const events = ['input', 'change'] as const
  let notice: HTMLElement | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const stopListening = () => {
    for (const type of events) root.removeEventListener(type, onInput, true)
  }
  function onInput() {
    stopListening()
    timer = setTimeout(() => {
      notice = document.createElement('p')
      notice.setAttribute('role', 'status')
      notice.setAttribute('data-widget-loading', '')
      notice.className = 'custom-block info'
      notice.textContent = loadingMessage[locale === 'en' ? 'en' : 'zh']
      root.after(notice)
    }, delayMs)
  }
  for (const type of events) root.addEventListener(type, onInput, true)
  return () => {
    stopListening()
    clearTimeout(timer)
    notice?.remove()
  }
}
