// npm run check: the editor's quick loop, without a build or a browser: the rule data validated as the build
// validates it, then the rule, range, prose/data agreement and unit tests.
import { spawnSync } from 'node:child_process';
import { CHECK_PATHS } from './check-paths.ts';
import { describeMissing, missingTranslations } from '../src/lib/translations.ts';

const validate = spawnSync(process.execPath, ['tools/validate.ts'], { stdio: 'inherit' });
if (validate.status !== 0) process.exit(validate.status ?? 1);
const tests = spawnSync('vitest', ['run', ...CHECK_PATHS], { stdio: 'inherit' });
// Pages not translated yet build with Starlight's fallback; the editor is told which file to write.
for (const missing of missingTranslations()) console.warn(`Not translated yet: ${describeMissing(missing)}`);
process.exit(tests.status ?? 1);
