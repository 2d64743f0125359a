// Plain JS so ESLint loads it without a TypeScript loader.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'docs/.vitepress/dist/',
      'docs/.vitepress/cache/',
      'docs/.vitepress/.temp/',
      'bench/.work/',
      '.probe/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      // TypeScript checks names itself, with the DOM and Node types.
      'no-undef': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Gateway and user text is rendered as text only.
      'vue/no-v-html': 'error',
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
    },
  },
  {
    // The tester's engine runs in Node too (the diagnose CLI, the test gateway, the bench): no
    // Vue, no component, no page globals. The view beside it wires the engine to the page.
    files: ['components/connection-tester/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vue', message: 'The engine runs in Node: Vue belongs to the view.' }],
          patterns: [
            { group: ['@vueuse/*', 'vue/*', '@vue/*'], message: 'The engine runs in Node: Vue belongs to the view.' },
            { group: ['*.vue'], message: 'The engine runs in Node: components belong to the view.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'location', 'localStorage', 'sessionStorage', 'navigator'].map((name) => ({
          name,
          message: 'The engine runs in Node: take page state as an argument from the view.',
        })),
      ],
    },
  },
  prettier,
)
