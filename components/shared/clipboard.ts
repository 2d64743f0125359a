/** What copying needs from the browser; a plain object in tests, `window` on a page. */
export type ClipboardHost = Pick<Window, 'navigator' | 'document' | 'isSecureContext'>

/** Whether this browser offers any way to copy: the async API (secure pages only) or the legacy command. */
export function canCopy(host: ClipboardHost): boolean {
  return Boolean(host.navigator.clipboard && host.isSecureContext) || typeof host.document.execCommand === 'function'
}

/**
 * Copies text, falling back to a hidden textarea where the async clipboard API is missing or
 * refused (plain http, older browsers). Resolves to whether the copy worked; never throws.
 */
export async function copyText(text: string, host: ClipboardHost = window): Promise<boolean> {
  try {
    if (host.navigator.clipboard && host.isSecureContext) {
      await host.navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Permission refused: try the fallback below.
  }
  const doc = host.document
  const area = doc.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  doc.body.append(area)
  area.select()
  try {
    return doc.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}
