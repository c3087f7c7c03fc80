import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench/results/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/core/**/*.ts'],
    ignores: ['lib/core/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass a seeded Rng (lib/core/rng.ts).' }],
      'no-restricted-imports': ['error', { patterns: ['next', 'next/*', '@prisma/*', 'node:fs', 'fs', '@/lib/server/*', '@/lib/generated/*'] }],
    },
  },
];

export default config;
