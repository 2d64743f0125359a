import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const engine = join(root, 'components/connection-tester/engine')
const aliases: Record<string, string> = { '@data/': 'data/', '@components/': 'components/' }
const viewOnly = /^(vue|vitepress)$|^@vue\/|^@vueuse\/|^vue\/|\.vue$/

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? tsFiles(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Static and dynamic import specifiers, `export … from` included. */
const specifiersOf = (source: string) =>
  [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'([^']+)'/g)].flatMap((match) => (match[1] ? [match[1]] : []))

/**
 * Everything the engine loads, followed through the files it imports outside engine/ as well
 * (the catalogue matcher, the key masker, the data): lint sees one file at a time, Node runs all.
 */
function engineImports(): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>()
  const packages = new Map<string, string>()
  const queue = tsFiles(engine)
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue
    files.add(file)
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      const alias = Object.keys(aliases).find((prefix) => specifier.startsWith(prefix))
      const target = specifier.startsWith('.')
        ? resolve(dirname(file), specifier)
        : alias
          ? join(root, aliases[alias]!, specifier.slice(alias.length))
          : undefined
      if (target && !target.endsWith('.vue')) queue.push(target)
      else packages.set(target ? relative(root, target) : specifier, relative(root, file))
    }
  }
  return { files, packages }
}

describe('the connection tester engine', () => {
  const { files, packages } = engineImports()

  it('reaches the whole run, the checks and the catalogue it names errors with', () => {
    const reached = [...files].map((file) => relative(root, file))
    expect(reached).toContain('components/connection-tester/engine/run-checks.ts')
    expect(reached).toContain('components/connection-tester/engine/checks/messages.ts')
    expect(reached).toContain('components/connection-tester/engine/catalogue-matcher.ts')
    // The walk follows the engine out of its folder, into the catalogue's matcher and the data.
    expect(reached.filter((file) => file.startsWith('components/error-lookup/')).length).toBeGreaterThan(0)
    expect(reached.filter((file) => file.startsWith('data/')).length).toBeGreaterThan(0)
  })

  it('never loads Vue, VueUse, VitePress or a component, not even through another folder', () => {
    const offending = [...packages].filter(([specifier]) => viewOnly.test(specifier))
    expect(offending.map(([specifier, from]) => `${from} imports ${specifier}`)).toEqual([])
  })

  it('the view-only pattern catches what the view imports', () => {
    const view = readFileSync(join(root, 'components/connection-tester/ConnectionTester.vue'), 'utf8')
    expect(specifiersOf(view).filter((specifier) => viewOnly.test(specifier))).toEqual(
      expect.arrayContaining(['vue', './CheckItem.vue']),
    )
  })
})
