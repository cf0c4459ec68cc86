/**
 * Drives the Agents Playground's own UI for what a chat message cannot do: "Mock an Activity →
 * Custom activity" (meeting and participant events) and the message-extension commands under the
 * compose box's "Trigger Message Extension App" button and a message's "…" menu.
 */
import type { Locator, Page } from 'playwright-core';

export type Activity = Record<string, unknown>;

/**
 * The template the Custom activity dialog opens with (the playground's own serviceUrl, recipient,
 * conversation and from for the open chat), fetched from the endpoint the dialog itself uses.
 */
export const customActivityTemplate = async (
  page: Page,
  playgroundPort: number,
  conversationId: string,
): Promise<Activity> => {
  const response = await page.request.get(
    `http://127.0.0.1:${playgroundPort}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`,
  );
  if (!response.ok()) throw new Error(`custom activity template answered ${response.status()}`);
  return (await response.json()) as Activity;
};

/**
 * Mock an Activity → Custom activity: replaces the editor's JSON with `activity` and presses
 * "Send activity"; `screenshot`, if given, is taken of the filled editor just before.
 */
export const sendCustomActivity = async (
  page: Page,
  activity: Activity,
  screenshot?: string,
): Promise<void> => {
  await page.getByText('Mock an Activity').click();
  await page.getByRole('menuitem', { name: 'Custom activity' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Custom activity' });
  const editor = dialog.locator('.monaco-editor .view-lines').first();
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // On one line: the editor auto-indents each inserted line break, which spoils indented JSON.
  await page.keyboard.insertText(JSON.stringify(activity));
  await page.waitForTimeout(300);
  if ((await dialog.getByText('Invalid JSON format').count()) > 0)
    throw new Error('the custom activity editor rejected the JSON');
  if (screenshot !== undefined) {
    await page.keyboard.press('Control+Home');
    await page.screenshot({ path: screenshot });
  }
  await dialog.getByRole('button', { name: 'Send activity' }).click({ timeout: 5000 });
  await dialog.waitFor({ state: 'hidden' });
};

/** The compose area (the box, its attachments and the Send button). */
export const composeArea = (page: Page): Locator =>
  page
    .locator('div')
    .filter({ has: page.locator('[contenteditable="true"]') })
    .filter({ has: page.getByRole('button', { name: 'Send Message' }) })
    .last();

/** The action command dialog the playground asks for before it sends composeExtension/fetchTask. */
const chooseActionCommand = async (page: Page, commandId: string): Promise<Locator> => {
  await page.getByRole('menuitem', { name: 'Action Command' }).click();
  const chooser = page.getByRole('dialog').filter({ hasText: 'Action-Based Message Extension' });
  await chooser.getByPlaceholder('Input command id or leave blanks').fill(commandId);
  await chooser.getByRole('button', { name: 'Create' }).click();
  await chooser.waitFor({ state: 'hidden' });
  return page.getByRole('dialog').filter({ hasText: 'Your Message Extension App' });
};

/** A message's "…" → Action Command → `commandId`: the app's dialog, with the message attached. */
export const openActionOnMessage = async (
  page: Page,
  messageText: string,
  commandId: string,
): Promise<Locator> => {
  const more = page.getByRole('button', { name: 'Show more information' });
  const message = page
    .locator('div')
    .filter({ has: page.getByText(messageText, { exact: false }) })
    .filter({ has: more })
    .last();
  await message.hover();
  await message.getByRole('button', { name: 'Show more information' }).click();
  return chooseActionCommand(page, commandId);
};

/** Compose box "Trigger Message Extension App" → Search Command → results for `term`. */
export const searchMessageExtension = async (
  page: Page,
  commandId: string,
  parameter: string,
  term: string,
): Promise<Locator> => {
  await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
  await page.getByRole('menuitem', { name: 'Search Command' }).click();
  await page.getByText('Specify Command ID or Parameter').click();
  await page.getByPlaceholder('Command ID').fill(commandId);
  await page.getByPlaceholder('Parameter name').fill(parameter);
  const search = page.getByPlaceholder('Enter a search term');
  await search.fill(term);
  await search.press('Enter');
  return page
    .locator('div')
    .filter({ has: page.getByText('Search-Based Message Extension') })
    .filter({ has: search })
    .last();
};
