import { randomUUID } from 'node:crypto';
import type { Action } from '../../src/domain/action.js';
import type { Board } from '../../src/domain/board.js';
import type { TenantId } from '../../src/domain/ids.js';
import { actionId, tenantId } from '../../src/domain/ids.js';
import type { Meeting } from '../../src/domain/meeting.js';
import type { Deps } from '../../src/services/ports.js';
import { actionOf } from './action-fixture.js';
import { aadOf, haveringBoard, plannedMeeting } from './fixtures.js';

/** Brian Boxall (BB, member m-1 on every Havering-like board): the chair on many boards. */
export const CHAIR = aadOf(1);

/**
 * Board `i` of a tenant: a held meeting with an open item and a confidential one ("Child Q"), and
 * four actions: the chair's safeguarding audit under the open item; a letter about Child R flagged
 * confidential; a Child Q follow-up that follows its confidential item (no flag of its own); a
 * completed audit report of KC's.
 */
export const seedBoard = async (
  deps: Deps,
  tenant: TenantId,
  i: number,
  name = `Board ${i}`,
): Promise<Board> => {
  const board = await deps.boards.create(haveringBoard({ tenantId: tenant, name }));
  const base = plannedMeeting({ boardId: board.id, tenantId: tenant });
  const [first, second] = base.agenda;
  const openItem = { ...first!, id: `open-${board.id}`, title: 'MASH update', confidential: false };
  const hushItem = { ...second!, id: `hush-${board.id}`, title: 'Child Q', confidential: true };
  const meeting: Meeting = await deps.meetings.create({
    ...base,
    status: 'closed',
    agenda: [openItem, hushItem],
  });
  const bb = board.members.find((m) => m.initials === 'BB')!;
  const kc = board.members.find((m) => m.initials === 'KC')!;
  const owner = (m: typeof bb) => ({
    kind: 'member' as const,
    memberId: m.id,
    initials: m.initials,
    name: m.name,
  });
  const actions: Partial<Action>[] = [
    {
      number: 1,
      text: 'Safeguarding audit of the MASH front door',
      owners: [owner(bb)],
      meetingId: meeting.id,
      itemId: openItem.id,
      reference: '13.07.22 ref 1.1',
      due: '2026-12-10',
    },
    {
      number: 2,
      text: 'Write to Child R’s school',
      owners: [owner(bb)],
      meetingId: meeting.id,
      itemId: hushItem.id,
      confidential: true,
      due: '2026-11-30',
    },
    {
      number: 3,
      text: 'Child Q safeguarding audit follow-up',
      owners: [owner(kc)],
      meetingId: meeting.id,
      itemId: hushItem.id,
    },
    {
      number: 4,
      text: 'Report the safeguarding audit to the partnership',
      owners: [owner(kc)],
      status: 'completed',
    },
  ];
  for (const a of actions)
    await deps.actions.create(
      actionOf(board, {
        id: actionId(`${board.id}-${a.number}`),
        ...a,
        updatedAt: `2026-11-0${a.number}T09:00:00.000Z`,
      }),
    );
  return board;
};

/** A tenant of its own where the chair is on `count` boards, next to one board they are not on. */
export const world = async (
  deps: Deps,
  count: number,
  tenant: TenantId = tenantId(randomUUID()),
): Promise<{ tenant: TenantId; boards: Board[] }> => {
  const boards = await Promise.all(
    Array.from({ length: count }, (_, i) => seedBoard(deps, tenant, i)),
  );
  const notMine = await seedBoard(deps, tenant, 99, 'Not the chair’s board');
  await deps.boards.update(tenant, notMine.id, (b) => ({
    ...b,
    members: b.members.filter((m) => m.aadObjectId !== CHAIR),
  }));
  return { tenant, boards };
};
