import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const alias = { '@data': here('./data'), '@components': here('./components') }

// Unit tests run in Node without a DOM; component tests mount widgets in happy-dom.
export default defineConfig({
  plugins: [vue()],
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        // The exhaustive checks (every catalogue pattern on every known text) are split into parts, yet a part has
        // taken 5 s on a loaded 2-core CI runner; the room is for that, what each test asserts is unchanged.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
      },
      {
        extends: true,
        // A first mount loads the whole tester engine cold; on a loaded 2-core runner that alone has
        // taken most of the 5 s default, so a waiting test gets room (what it asserts is unchanged).
        test: {
          name: 'component',
          include: ['test/component/**/*.test.ts'],
          environment: 'happy-dom',
          testTimeout: 15_000,
        },
      },
    ],
  },
})
