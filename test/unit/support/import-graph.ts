import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * The static import graph of the site's own code, to find import circles: a circle makes the
 * evaluation order depend on which file is loaded first, and leaves one side's exports undefined
 * while the other runs. Type-only imports count too, since a circle of types still ties two
 * files into one unit to read and to move. Dynamic `import()` does not: it loads on demand.
 */

/** The specifiers of a file's static `import … from`, `export … from` and bare `import '…'`. */
export function staticImports(source: string): string[] {
  const found: string[] = []
  const fromClause = /^[ \t]*(?:import|export)\s[^;'"`]*?\bfrom\s*['"]([^'"\n]+)['"]/gm
  const bare = /^[ \t]*import\s*['"]([^'"\n]+)['"]/gm
  for (const pattern of [fromClause, bare]) {
    for (const match of source.matchAll(pattern)) if (match[1]) found.push(match[1])
  }
  return found
}

/**
 * The specifiers of static imports that stay in the emitted code: all but `import type` and
 * `export type`, which TypeScript erases before any loader sees them.
 */
export function valueImports(source: string): string[] {
  const kept = /^[ \t]*(?:import|export)\s(?!type\b)[^;'"`]*?\bfrom\s*['"]([^'"\n]+)['"]/gm
  return [...source.matchAll(kept)].flatMap((match) => (match[1] ? [match[1]] : []))
}

/** Every file `start` loads, itself included, following the graph's edges. */
export function reachableFrom(graph: ReadonlyMap<string, readonly string[]>, start: string): Set<string> {
  const seen = new Set<string>()
  const pending = [start]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    pending.push(...(graph.get(file) ?? []))
  }
  return seen
}

/** Where a specifier points, for relative paths and tsconfig `paths` aliases such as `@data/*`. */
export function resolveSpecifier(
  specifier: string,
  fromFile: string,
  aliases: Record<string, string>,
  exists: (path: string) => boolean,
): string | undefined {
  const bare = specifier.replace(/[?#].*$/, '')
  let target: string | undefined
  if (bare.startsWith('.')) target = resolve(dirname(fromFile), bare)
  else {
    const alias = Object.keys(aliases).find((prefix) => bare === prefix || bare.startsWith(`${prefix}/`))
    if (alias) target = join(aliases[alias] ?? '', bare.slice(alias.length))
  }
  if (!target) return undefined
  return [target, `${target}.ts`, join(target, 'index.ts')].find(exists)
}

/** Every circle in a graph, each named once as `a → b → a`, starting at its first file in sort order. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>()
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (node: string): void => {
    state.set(node, 'open')
    path.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = path.slice(path.indexOf(next))
        const start = cycle.indexOf([...cycle].sort()[0] ?? next)
        const named = [...cycle.slice(start), ...cycle.slice(0, start)]
        cycles.set(named.join(' → '), [...named, named[0] ?? next])
      } else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(node, 'done')
  }
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node)
  return [...cycles.values()]
}

const skippedDirs = new Set(['node_modules', 'dist', 'cache'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return skippedDirs.has(name) ? [] : sourceFiles(path)
    return /\.(?:ts|mts|vue)$/.test(name) ? [path] : []
  })
}

/** The tsconfig `paths` aliases (`@data` → `<root>/data`). */
export function tsconfigAliases(root: string): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { paths?: Record<string, string[]> }
  }
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths ?? {}).map(([key, [target]]) => [
      key.replace(/\/\*$/, ''),
      resolve(root, (target ?? '').replace(/\/\*$/, '')),
    ]),
  )
}

/** The import graph of the files under `dirs` (relative to `root`), keyed by path relative to `root`. */
export function importGraph(root: string, dirs: readonly string[]): Map<string, string[]> {
  const aliases = tsconfigAliases(root)
  const isFile = (path: string) => existsSync(path) && statSync(path).isFile()
  const files = dirs.flatMap((dir) => sourceFiles(join(root, dir)))
  const inGraph = new Set(files)
  return new Map(
    files.map((file) => [
      relative(root, file),
      staticImports(readFileSync(file, 'utf8'))
        .map((specifier) => resolveSpecifier(specifier, file, aliases, isFile))
        .filter((target): target is string => target !== undefined && inGraph.has(target))
        .map((target) => relative(root, target)),
    ]),
  )
}
