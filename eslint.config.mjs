import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'tests/artifacts', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Page text is untrusted: no innerHTML, insertAdjacentHTML or document.write anywhere.
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: no remote or dynamic code.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No Function(): no dynamic code.',
        },
      ],
    },
  },
);
