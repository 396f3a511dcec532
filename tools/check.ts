// npm run check: the editor's quick loop, without a build or a browser: the rule data validated as the build
// validates it, then the rule, range, prose/data agreement and unit tests.
import { spawnSync } from 'node:child_process';
import { CHECK_PATHS } from './check-paths.ts';

const validate = spawnSync(process.execPath, ['tools/validate.ts'], { stdio: 'inherit' });
if (validate.status !== 0) process.exit(validate.status ?? 1);
const tests = spawnSync('vitest', ['run', ...CHECK_PATHS], { stdio: 'inherit' });
process.exit(tests.status ?? 1);
