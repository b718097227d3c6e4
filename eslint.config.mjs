// Layering rules are enforced here, not by hope (see docs/architecture.md).
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-bench/**', 'dist-electron/**', 'release/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ is pure: no DOM, no Node, no Electron, no React, and none of the other layers.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'shared/ is pure: no Node modules.' },
          { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
          { group: ['react', 'react-dom', 'react/*', 'recharts'], message: 'shared/ is pure: no UI libraries.' },
          { group: ['**/renderer/**', '**/electron/**', '**/cli/**', '**/scripts/**'], message: 'shared/ imports no other layer.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'localStorage', 'navigator'],
    },
  },
  {
    // renderer/ imports shared/ only; it talks to its host through HostApi.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'renderer/ runs in a sandboxed page: no Node modules.' },
          { group: ['electron', 'electron/*'], message: 'renderer/ reaches its host only through HostApi.' },
          { group: ['**/electron/**', '**/cli/**', '**/scripts/**'], message: 'renderer/ imports shared/ only.' },
        ],
      }],
    },
  },
  {
    // Every word on screen comes from the catalogue (renderer/i18n/messages.en.ts and its translations): no text
    // written straight into JSX, and no literal names, tooltips, placeholders or alt texts.
    files: ['renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'JSXText[value=/\\p{L}/u]', message: 'Text on screen goes through t(\'key\') with the key in renderer/i18n/messages.en.ts.' },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt)$/] > Literal[value=/\\p{L}/u]',
          message: 'Accessible names, tooltips, placeholders and alt texts go through t(\'key\').',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt)$/] > JSXExpressionContainer > Literal[value=/\\p{L}/u]',
          message: 'Accessible names, tooltips, placeholders and alt texts go through t(\'key\').',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt)$/] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/\\p{L}/u]',
          message: 'Accessible names, tooltips, placeholders and alt texts go through t(\'key\').',
        },
      ],
    },
  },
  {
    // electron/ services are plain Node modules: Electron capabilities are passed in.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/main/**/*.electron.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Only electron/main.ts, electron/preload.ts and *.electron.ts import electron at runtime; pass capabilities in.', allowTypeImports: true }],
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ imports shared/ and Node only.' }],
      }],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/main/**/*.electron.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ imports shared/ and Node only.' }] }],
    },
  },
  {
    files: ['cli/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
