/** The command-line run of the same diagnosis, for when the browser is blocked. */
export function cliCommand(baseUrl: string, model: string): string {
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
  return `npm run diagnose -- --base-url ${quote(baseUrl)} --model ${quote(model)}`
}
