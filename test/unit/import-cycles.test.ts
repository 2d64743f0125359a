import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  findCycles,
  importGraph,
  reachableFrom,
  resolveSpecifier,
  staticImports,
  tsconfigAliases,
  valueImports,
} from './support/import-graph.ts'
import { repoRoot } from './support/run-diagnose.ts'

describe('import circles', () => {
  it('finds none in components/, data/, docs/.vitepress/ and scripts/', () => {
    const graph = importGraph(repoRoot, ['components', 'data', 'docs/.vitepress', 'scripts'])
    expect(graph.size).toBeGreaterThan(150)
    expect(graph.get('components/error-lookup/match.ts')).toContain('components/error-lookup/messages.ts')
    expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([])
  })

  it('names a circle, however long, once', () => {
    const graph = new Map([
      ['b.ts', ['c.ts']],
      ['a.ts', ['b.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ])
    expect(findCycles(graph)).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['e.ts', 'e.ts'],
    ])
    expect(
      findCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([])
  })

  it('reads static imports and re-exports, type-only ones too, but not dynamic import()', () => {
    const source = [
      "import { a } from './a.ts'",
      'import type {',
      '  B,',
      '  C,',
      "} from '@data/b.ts'",
      "export { d } from './d.ts'",
      "export * from './e.ts'",
      "import './style.css'",
      "  import Widget from './Widget.vue'",
      "const later = () => import('./lazy.ts')",
      'const text = \'import x from "./not-a-file.ts"\'',
      'export const from = 1',
    ].join('\n')
    expect(staticImports(source)).toEqual(['./a.ts', '@data/b.ts', './d.ts', './e.ts', './Widget.vue', './style.css'])
  })

  it('resolves relative paths and tsconfig aliases to files that exist', () => {
    const files = new Set(['/repo/data/locale.ts', '/repo/components/x/y.ts', '/repo/components/x/index.ts'])
    const exists = (path: string) => files.has(path)
    const aliases = { '@data': '/repo/data', '@components': '/repo/components' }
    expect(resolveSpecifier('@data/locale.ts', '/repo/components/x/y.ts', aliases, exists)).toBe('/repo/data/locale.ts')
    expect(resolveSpecifier('../../data/locale.ts', '/repo/components/x/y.ts', aliases, exists)).toBe(
      '/repo/data/locale.ts',
    )
    expect(resolveSpecifier('./y', '/repo/components/x/index.ts', aliases, exists)).toBe('/repo/components/x/y.ts')
    expect(resolveSpecifier('@components/x', '/repo/data/locale.ts', aliases, exists)).toBe(
      '/repo/components/x/index.ts',
    )
    expect(resolveSpecifier('vue', '/repo/components/x/y.ts', aliases, exists)).toBeUndefined()
  })

  it('keeps aliases out of what the VitePress config loads: its config loader resolves none', () => {
    const graph = importGraph(repoRoot, ['components', 'data', 'docs/.vitepress/config', 'docs/.vitepress/support'])
    const loaded = reachableFrom(graph, 'docs/.vitepress/config/index.ts')
    expect(loaded).toContain('data/errors.ts')
    const aliases = Object.keys(tsconfigAliases(repoRoot))
    const aliased = [...loaded].flatMap((file) =>
      valueImports(readFileSync(join(repoRoot, file), 'utf8'))
        .filter((specifier) => aliases.some((alias) => specifier.startsWith(`${alias}/`)))
        .map((specifier) => `${file} imports ${specifier}`),
    )
    expect(aliased).toEqual([])
  })

  it('tells imports that stay in the code from type-only ones', () => {
    const source = [
      "import type { A } from '@data/a.ts'",
      "import { type B, c } from '@data/c.ts'",
      "export type { D } from './d.ts'",
      "export { e } from './e.ts'",
    ].join('\n')
    expect(valueImports(source)).toEqual(['@data/c.ts', './e.ts'])
    expect(
      reachableFrom(
        new Map([
          ['a', ['b']],
          ['b', ['a', 'c']],
          ['d', ['a']],
        ]),
        'a',
      ),
    ).toEqual(new Set(['a', 'b', 'c']))
  })
})
