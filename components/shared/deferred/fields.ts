type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

/**
 * What the reader typed or picked in the server DOM before hydration (the change that woke the
 * table, text pasted while the lookup loaded). Hydrating may reset a field, and the widget's state
 * never saw the edit, so these are put back once it is live.
 */
export function changedFields(root: ParentNode): Map<Field, string> {
  const changed = new Map<Field, string>()
  for (const field of root.querySelectorAll<Field>('textarea, input[type="text"], select')) {
    const initial =
      field instanceof HTMLSelectElement
        ? (([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value ?? '')
        : field.defaultValue
    if (field.value !== initial) changed.set(field, field.value)
  }
  return changed
}

/** Sets each field back and tells the widget, as the reader's own input or change would have. */
export function restoreFields(changed: Map<Field, string>): void {
  for (const [field, value] of changed) {
    if (!field.isConnected) continue
    field.value = value
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
  }
}
