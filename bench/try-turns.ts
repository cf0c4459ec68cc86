import { startEmbeddedCosmos } from '/work/wt-bench2/src/dev/embedded-cosmos.js';
import { turnRows } from '/work/wt-bench2/bench/turns.js';
const main = async () => {
  const started = Date.now();
  const cosmos = await startEmbeddedCosmos(0);
  const rows = await turnRows(cosmos);
  for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.note} |`);
  console.log('seconds', (Date.now() - started) / 1000);
  await cosmos.close();
};
void main();
