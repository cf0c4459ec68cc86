import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Owner } from '../../src/domain/action.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import { corpusBoard, corpusGuests } from '../support/corpus-board.js';
import { CORPUS_LINES } from '../support/phrasing-corpus-forms.js';
import type { Harness, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  groupChat,
  messageText,
  person,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
let h: Harness;
let chat: Where;

const say = async (text: string) => h.send(messageText(EM, chat, text));

const show = (o: Owner): string =>
  o.kind === 'member'
    ? o.initials
    : o.kind === 'external'
      ? `${o.name} (not a member)`
      : `${o.kind}:${o.kind === 'agency' ? o.code : o.name}`;

const storedActions = async () => {
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  return h.deps.actions.listForBoard(board.id);
};

/** The corpus board, built through the routes as a coordinator would, in a meeting in progress. */
beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major', id: '29:user-7' });
  chat = groupChat();
  const board = corpusBoard();
  await say('setup Havering Safeguarding Children Partnership Executive');
  await say('agency add EDU Education');
  await say('agency add IND Independent');
  await say('agency add PROB Probation');
  await say(
    [
      'members import',
      ...board.members
        .filter((m) => m.initials !== 'EM')
        .map(
          (m) =>
            `${m.name} (${m.initials}) | ${m.designation ?? 'Member'} | ${m.agencyCode ?? 'LA'}${m.role === 'chair' ? ' | chair' : ''}`,
        ),
    ].join('\n'),
  );
  await say('meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
  await say('agenda add Proposal that Education becomes Fourth Statutory Partner');
  await say('next meeting 10/08/22 2-3pm');
  await say('meeting start');
  await say('item 1');
  for (const g of corpusGuests) await say(`guest ${g.name} (${g.designation ?? 'Guest'})`);
});

const routed = CORPUS_LINES.filter((l) => l.route === true);

describe('the phrasing corpus (forms) through the real routes', () => {
  it('sends at least 15 of its lines', () => {
    expect(routed.length).toBeGreaterThanOrEqual(15);
  });

  it.each(routed.map((l) => [l.text, l] as const))('%j', async (_text, line) => {
    const before = (await storedActions()).length;
    const sent = await say(line.text);
    const card = cardOf(sent[0]) as AdaptiveCard | undefined;
    if (card !== undefined) expect(cardProblems(card)).toEqual([]);
    const answer = textOf(sent);
    const expected = line.expected;
    const after = await storedActions();
    if ('asks' in expected) {
      // A question: nothing saved.
      expect(after).toHaveLength(before);
      const buttons = (card?.actions ?? []) as unknown as {
        verb: string;
        data: { text?: string };
      }[];
      switch (expected.asks) {
        case 'offer':
          expect(answer).toContain('Record as the next action for');
          expect(buttons[0]?.verb).toBe(Verbs.actionCaptureConfirm);
          break;
        case 'owner':
          expect(answer).toContain('Who owns this action?');
          break;
        case 'did-you-mean':
          expect(buttons[0]?.verb).toBe(Verbs.commandRun);
          expect(buttons[0]?.data.text).toBe(expected.command);
          break;
        case 'date':
          expect(answer).toContain('Input.Date');
          break;
      }
    } else if ('refused' in expected) {
      expect(after).toHaveLength(before);
      expect(answer).toContain(expected.refused);
    } else if (expected.understood === 'action') {
      expect(answer).toContain(`Recorded as action ${before + 1}.`);
      const saved = after.find((a) => a.number === before + 1)!;
      expect(saved.owners.map(show)).toEqual(expected.owners);
      expect(saved.text).toBe(expected.text);
    } else {
      expect(after).toHaveLength(before);
      const kind = expected.understood.kind;
      expect(answer).toMatch(
        kind === 'note'
          ? /Noted under item/
          : kind === 'decision'
            ? /Decision recorded/
            : kind === 'attendanceCodes'
              ? /: (apologies|present|absent)\./
              : /./,
      );
    }
  });
});
