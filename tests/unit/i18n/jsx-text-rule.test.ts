// The lint rule that keeps words out of JSX: text and accessible names written straight into renderer/**/*.tsx
// fail `npm run lint`; the same words through t() pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const lint = async (code: string) => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath: 'renderer/features/example/Example.tsx' });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
};

describe('no literal words in JSX', () => {
  it('flags JSX text, and literal aria-label, title, placeholder and alt values', async () => {
    const code = [
      "import { t } from '../../i18n/t';",
      'export const A = () => <p>Remittances</p>;',
      'export const B = () => <button aria-label="Close">×</button>;',
      "export const C = () => <input placeholder={'Search'} />;",
      'export const D = () => <img alt={`Chart of ${t("app.name")}`} />;',
      "export const E = () => <span title={t('app.name')}>{t('app.name')} · 2030 ▸</span>;",
    ].join('\n');
    expect(await lint(code)).toEqual([2, 3, 4, 5]);
  }, 30_000);
});
