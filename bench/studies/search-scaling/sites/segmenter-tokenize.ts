/**
 * The best Chinese tokenizer MiniSearch can be given without a dictionary of our own: the
 * ICU word segmenter behind `Intl.Segmenter` (in Node and every current browser). VitePress
 * ships it to the browser as source text (`_vp-fn_`), so it must use only globals; the
 * segmenter is kept on `globalThis` because creating one per field is slow.
 */
export const segmenterTokenize = (text: string): string[] => {
  const store = globalThis as { __benchSegmenter?: Intl.Segmenter }
  const segmenter = (store.__benchSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }))
  const words: string[] = []
  for (const part of segmenter.segment(text)) if (part.isWordLike) words.push(part.segment)
  return words
}
