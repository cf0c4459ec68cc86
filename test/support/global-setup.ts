import type { TestProject } from 'vitest/node';
import { startEmbeddedCosmos } from '../../src/dev/embedded-cosmos.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cosmosEndpoint: string;
    cosmosKey: string;
  }
}

/** One embedded Cosmos server on a random loopback port for the whole run; each file uses its own database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cosmos = await startEmbeddedCosmos(0);
  project.provide('cosmosEndpoint', cosmos.endpoint);
  project.provide('cosmosKey', cosmos.key);
  return () => cosmos.close();
}
