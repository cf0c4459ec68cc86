import { resolve } from 'node:path';
import { checkArchitecture, describeViolation } from './architecture.js';
import { readSourceTree } from './read-source-tree.js';

/**
 * `tsx src/dev/check-architecture.ts` (the second half of `npm run lint`): prints every import
 * circle, over-long file and layer breach in src/, one a line, and fails when there is any.
 */
const checkSourceTree = async (): Promise<void> => {
  const src = resolve(__dirname, '..');
  const violations = checkArchitecture(await readSourceTree(src));
  if (violations.length === 0) {
    console.log('architecture: no import circles, long files or layer breaches in src/');
    return;
  }
  console.error(`architecture: ${violations.length} problem(s) in src/`);
  for (const violation of violations) console.error(`  ${describeViolation(violation)}`);
  process.exitCode = 1;
};

checkSourceTree().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
