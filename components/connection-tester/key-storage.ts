/** Where the key lives when, and only when, the user ticks "remember on this device". */
export const rememberedKeyName = 'connection-tester:api-key'

/** Storage can throw (Safari private mode, blocked cookies): remembering then silently does nothing. */
export function loadRememberedKey(storage: Storage | undefined): string {
  try {
    return storage?.getItem(rememberedKeyName) ?? ''
  } catch {
    return ''
  }
}

export function rememberKey(storage: Storage | undefined, key: string): boolean {
  try {
    if (!storage) return false
    storage.setItem(rememberedKeyName, key)
    return true
  } catch {
    return false
  }
}

export function forgetKey(storage: Storage | undefined): void {
  try {
    storage?.removeItem(rememberedKeyName)
  } catch {
    // Nothing was stored where storage cannot be used.
  }
}
