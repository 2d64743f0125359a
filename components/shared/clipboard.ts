/**
 * Copies text, falling back to a hidden textarea where the async clipboard API is missing or
 * refused (plain http, older browsers). Resolves to whether the copy worked; never throws.
 */
export async function copyText(text: string, win: Window = window): Promise<boolean> {
  try {
    if (win.navigator.clipboard && win.isSecureContext) {
      await win.navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Permission refused: try the fallback below.
  }
  const doc = win.document
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
