import { startCosmosProcess } from './child.js';
import { memoryRows } from './memory.js';
const main = async () => {
  const started = Date.now();
  const cosmos = await startCosmosProcess();
  const rows = await memoryRows(cosmos);
  for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.note} |`);
  console.log('seconds', (Date.now() - started) / 1000);
  await cosmos.close();
};
void main();
