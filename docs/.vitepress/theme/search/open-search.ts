/** The home page's box and any other entry point open the navbar's search dialog with a query. */
export const openSearchEvent = 'help-center:open-search'

export function openSearch(win: Window, query: string): void {
  win.dispatchEvent(new CustomEvent<string>(openSearchEvent, { detail: query }))
}
