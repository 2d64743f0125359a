const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export interface UpdatedOn {
  /** For `<time datetime>`. */
  iso: string
  /** The day, as a reader of the page's language writes it: 2026年11月23日, Nov 23, 2026. */
  text: string
}

/**
 * The day a page last changed, the same on the server and in every browser, so it is in the HTML
 * and hydration has nothing to redo. VitePress's own footer builds an `Intl.DateTimeFormat` after
 * mount instead (to show the reader's time zone): about 20 ms of main thread on this machine, four
 * times that on a phone, inside the hydration task, and a blank date until then. A day in UTC is
 * what a help article's reader needs; the hour and zone are not.
 */
export function updatedOn(timestamp: number, lang: string): UpdatedOn {
  const date = new Date(timestamp)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  const day = date.getUTCDate()
  return {
    iso: date.toISOString(),
    text: lang.startsWith('zh') ? `${year}年${month + 1}月${day}日` : `${englishMonths[month]} ${day}, ${year}`,
  }
}
