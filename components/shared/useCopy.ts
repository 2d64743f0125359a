import {
  computed,
  getCurrentScope,
  onScopeDispose,
  shallowReadonly,
  shallowRef,
  toValue,
  type MaybeRefOrGetter,
} from 'vue'
import { canCopy, copyText, type ClipboardHost } from './clipboard.ts'

export interface UseCopyOptions {
  /** What `copy()` copies when given nothing; read at copy time, so a getter can build it then. */
  source?: MaybeRefOrGetter<string>
  /**
   * How long `copied` and `failed` stay set, in milliseconds. Left out, they stay until the next
   * copy: the widgets' status lines say what happened for as long as the reader looks.
   */
  copiedDuring?: number
  /** The browser; `window` unless a test hands in its own. Read at copy time, so setup is SSR-safe. */
  host?: ClipboardHost
}

/**
 * Shaped like VueUse's `useClipboard` (`copy`, `copied`, `isSupported`, `text`, `copiedDuring`),
 * with a `failed` state added: VueUse's legacy path ignores `execCommand`'s answer and always
 * reports success, so a reader whose browser refused would be told the text was copied.
 */
export function useCopy(options: UseCopyOptions = {}) {
  const host = (): ClipboardHost | undefined => options.host ?? (typeof window === 'undefined' ? undefined : window)
  const text = shallowRef('')
  const copied = shallowRef(false)
  const failed = shallowRef(false)
  const isSupported = computed(() => {
    const browser = host()
    return browser ? canCopy(browser) : false
  })
  let timer: ReturnType<typeof setTimeout> | undefined

  async function copy(value?: string): Promise<boolean> {
    const next = value ?? toValue(options.source) ?? ''
    text.value = next
    const browser = host()
    const ok = browser ? await copyText(next, browser) : false
    copied.value = ok
    failed.value = !ok
    clearTimeout(timer)
    if (options.copiedDuring !== undefined) {
      timer = setTimeout(() => {
        copied.value = false
        failed.value = false
      }, options.copiedDuring)
    }
    return ok
  }

  if (getCurrentScope()) onScopeDispose(() => clearTimeout(timer))

  return {
    copy,
    copied: shallowReadonly(copied),
    failed: shallowReadonly(failed),
    isSupported,
    text: shallowReadonly(text),
  }
}
