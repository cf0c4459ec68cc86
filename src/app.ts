import { randomUUID } from 'node:crypto';
import type { Config } from './config.js';
import { AdjustableClock, createDevClockRoute } from './http/dev-clock-route.js';
import { createDownloadRoute } from './http/download-route.js';
import { createHttpServer } from './http/create-http-server.js';
import type { Logger } from './log.js';
import { errorKind } from './log.js';
import type { Clock, Deps, IdGenerator } from './services/ports.js';
import type { CosmosPlugins } from './storage/create-cosmos-client.js';
import { openCosmosStorage } from './storage/open-cosmos-storage.js';
import type { ReminderScheduler } from './scheduler/reminder-scheduler.js';
import { startReminderScheduler } from './scheduler/reminder-scheduler.js';
import type { LiveTimingScheduler } from './scheduler/live-timing-scheduler.js';
import { startLiveTimingScheduler } from './scheduler/live-timing-scheduler.js';
import type { RetentionScheduler } from './scheduler/retention-scheduler.js';
import { startRetentionScheduler } from './scheduler/retention-scheduler.js';
import { teamsNotifier } from './teams/reminder-notifier.js';
import type { BotFrameworkEndpoints } from './teams/bot-framework-endpoints.js';
import { createBot } from './teams/create-bot.js';
import { createAdapter } from './teams/quorate-adapter.js';
import { createBotRequestHandler } from './teams/handle-bot-request.js';
import { createProactiveSender } from './teams/proactive.js';
import { createOverrunNudger } from './teams/overrun-nudger.js';
import type { RosterReader } from './teams/roster-reader.js';
import { readTeamsRoster } from './teams/roster-reader.js';
import { readTeamsMeetingDetails } from './teams/meeting-details-reader.js';
import { graphAttendanceReader } from './teams/graph-attendance-reader.js';
import { botGraphToken } from './teams/graph-token.js';

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { next: () => randomUUID() };

export type AppOptions = {
  config: Config;
  log: Logger;
  clock?: Clock;
  readRoster?: RosterReader;
  /** Tests only (a loopback Bot Framework double); production always uses the public cloud's. */
  botFrameworkEndpoints?: BotFrameworkEndpoints;
  /** Benchmarks and fault tests only: Cosmos SDK request plugins on the app's client. */
  cosmosPlugins?: CosmosPlugins;
};

export type RunningApp = {
  port: number;
  deps: Deps;
  /** Absent when reminders are off (REMINDERS=off). */
  reminders?: ReminderScheduler;
  retention: RetentionScheduler;
  /** The chair's private nudge when an item overruns (services/sweep-overrun-nudges.ts). */
  liveTiming: LiveTimingScheduler;
  close: () => Promise<void>;
};

/** The composition root: storage, use-case dependencies, the Teams bot and the HTTP server. */
export const startApp = async (options: AppOptions): Promise<RunningApp> => {
  const { config, log } = options;
  if (config.cosmos.endpoint === undefined) throw new Error('No Cosmos endpoint configured');
  const storage = await openCosmosStorage(
    {
      ...config.cosmos,
      endpoint: config.cosmos.endpoint,
      sendRatePerTenant: config.reminders.sendRatePerTenant,
    },
    randomIds,
    options.cosmosPlugins,
  );
  /** Local runs may move the clock forward (POST /dev/clock) to see reminders fall due. */
  const devClock =
    config.mode === 'local' && options.clock === undefined ? new AdjustableClock() : undefined;
  const clock = options.clock ?? devClock ?? systemClock;
  const deps: Deps = { ...storage.repositories, clock, ids: randomIds };
  /** Local runs on port 0 learn their address only once listening (below). */
  const links = { baseUrl: config.publicBaseUrl, secret: config.fileLinkSecret };
  const adapter = createAdapter(config.auth, {
    endpoints: options.botFrameworkEndpoints,
    allowedTenantIds: config.allowedTenantIds,
  });
  const botAppId = config.auth.kind === 'anonymous' ? '' : config.auth.appId;
  const sendProactive = createProactiveSender(adapter, botAppId, config.mode === 'local', log);
  const reminders = config.reminders.enabled
    ? startReminderScheduler({
        deps: {
          ...deps,
          notifier: teamsNotifier(sendProactive),
          rateLimiter: storage.rateLimiter,
        },
        log,
        instanceId: randomUUID(),
        intervalMs: config.reminders.sweepSeconds * 1000,
      })
    : undefined;
  const retention = startRetentionScheduler({ deps, store: storage.retention, log });
  /** On the reminder sweep's interval (a minute by default; tests set an hour and tick by hand). */
  const liveTiming = startLiveTimingScheduler({
    deps: { ...deps, nudger: createOverrunNudger(sendProactive) },
    log,
    intervalMs: config.reminders.sweepSeconds * 1000,
  });
  /** Actions stored before they carried their query keys get them, in the background. */
  const backfill = storage.addActionQueryKeys().then(
    (updated) => {
      if (updated > 0) log.info('actions.query_keys_added', { updated });
    },
    (error: unknown) => {
      log.warn('actions.query_keys_failed', { error: errorKind(error) });
    },
  );
  const app = createBot(
    {
      deps,
      readRoster: options.readRoster ?? readTeamsRoster,
      readMeetingDetails: readTeamsMeetingDetails,
      links,
      sendProactive,
      log,
      recentConversations: new Map(),
      kickReminders: () => reminders?.kick(),
      ...(config.graph !== undefined && {
        attendanceReports: graphAttendanceReader({
          baseUrl: config.graph.baseUrl,
          token: botGraphToken(config.auth),
        }),
      }),
    },
    adapter,
    botAppId,
  );
  const handler = createBotRequestHandler(
    adapter,
    app,
    {
      allowedTenantIds: config.allowedTenantIds,
      requireTeamsChannel: config.mode === 'production',
    },
    log,
  );
  const http = createHttpServer({
    bot: handler,
    health: storage.ping,
    log,
    routes: [
      { prefix: '/files/', handle: createDownloadRoute(deps, config.fileLinkSecret) },
      ...(devClock === undefined
        ? []
        : [
            {
              prefix: '/dev/clock',
              handle: createDevClockRoute(devClock, async () => {
                const swept = reminders === undefined ? undefined : await reminders.sweepNow();
                const timing = await liveTiming.sweepNow();
                return swept === undefined ? { timing } : { ...swept, timing };
              }),
            },
          ]),
    ],
  });
  const port = await http.listen(config.port, config.host);
  if (config.port === 0) links.baseUrl = `http://${config.host}:${port}`;
  log.info('listening', { host: config.host, port, mode: config.mode });
  return {
    port,
    deps,
    ...(reminders !== undefined && { reminders }),
    retention,
    liveTiming,
    close: async () => {
      await reminders?.stop();
      await retention.stop();
      await liveTiming.stop();
      await http.close();
      await backfill;
      storage.close();
    },
  };
};
