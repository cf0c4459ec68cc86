import { publicCloudEndpoints } from '../../src/teams/bot-framework-endpoints.js';

/**
 * Preloaded (`node --import tsx --import ./test/support/point-at-double.ts src/server.ts`) into a
 * production server process started by a test: points the public cloud settings at the loopback
 * Bot Framework double named in QUORATE_TEST_BOT_FRAMEWORK, so that `src/server.ts` itself runs,
 * unchanged, against tokens the test signs. Never loaded outside tests.
 */
const endpoints = process.env.QUORATE_TEST_BOT_FRAMEWORK;
if (endpoints === undefined) throw new Error('QUORATE_TEST_BOT_FRAMEWORK is not set');
Object.assign(publicCloudEndpoints, JSON.parse(endpoints));
