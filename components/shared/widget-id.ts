import { useId } from 'vue'

/**
 * The prefix a widget derives its element ids from: the one its deferred wrapper hands it
 * (deferred/widget.ts, the same string on server and client by construction), or `useId()` when
 * the page's own app renders the widget, where server and client count alike. Its own module, so
 * a widget used directly in an article does not pull the deferred machinery (createSSRApp) in.
 */
export function useWidgetIdPrefix(idPrefix: string | undefined): string {
  return idPrefix ?? useId()
}
