/**
 * An inline script in every page's head that re-escapes a malformed `#hash` (`#%`, a link cut in
 * the middle of `#%E0%A4%A`) before any module runs. VitePress decodes the hash without a guard
 * (its language links pass it to `decodeURI` in `isActive`, its outline to `decodeURIComponent`),
 * and one `URIError` there stops hydration: every widget on the page stayed dead. Re-escaped, the
 * hash still reads as the text the link carried and simply names no element. It also runs on
 * `hashchange`, registered before VitePress's own listener. Plain ES5 text, as the browser gets
 * it: the Content-Security-Policy allows it by its hash (security-headers.ts), and our own code
 * decodes through components/shared/safe-decode.ts as well.
 */
export const hashRepairScript =
  '(function(){function r(){var h=location.hash;try{decodeURIComponent(h)}catch(e){' +
  "history.replaceState(history.state,'',location.pathname+location.search+'#'+encodeURIComponent(h.slice(1)))}}" +
  "r();addEventListener('hashchange',r)})()"
