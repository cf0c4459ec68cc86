import type { Board, Member } from '../domain/board.js';
import type { PersonalReachResult } from '../domain/reachability.js';
import { lastReachedText, reachReasonText } from './reach-text.js';
import type { AdaptiveCard, CardElement } from './card-types.js';
import {
  card,
  dialogAction,
  executeAction,
  heading,
  notice,
  section,
  subtle,
  text,
} from './elements.js';
import { Verbs } from './verbs.js';
import { formatLongDate } from '../domain/zoned-time.js';
import { isOfficer } from '../domain/officers.js';

const ROLE_LABEL: Record<Member['role'], string> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  coordinator: 'Coordinator',
  member: '',
  adviser: 'Adviser',
  scrutineer: 'Scrutineer',
};

type PersonalReach = PersonalReachResult;

const reachLine = (member: Member, reach: PersonalReach, timeZone: string): string => {
  const last = `last reached ${lastReachedText(member.reach?.lastReached, timeZone)}`;
  if (reach.ok) return `Personal chat works · ${last}`;
  return `Cannot be reached personally: ${reachReasonText(reach.reason)}. Reminders @mention them in the board’s conversation · ${last}`;
};

const memberLines = (
  member: Member,
  reach: PersonalReach | undefined,
  timeZone: string,
): CardElement[] => {
  const role = ROLE_LABEL[member.role];
  const officer = isOfficer(member) ? ' · officer (in attendance, no code)' : '';
  const title = `**${member.name}** (${member.initials})${role === '' ? '' : ` · ${role}`}${officer}`;
  return [
    text(title, { spacing: 'Small' }),
    ...(member.designation === undefined ? [] : [subtle(member.designation)]),
    ...(member.memberUntil === undefined
      ? []
      : [subtle(`Left the board after ${formatLongDate(member.memberUntil)}`)]),
    ...(reach === undefined
      ? []
      : [text(reachLine(member, reach, timeZone), { size: 'Small', isSubtle: reach.ok })]),
  ];
};

/** Members grouped by agency (statutory partners first), readable on a phone. */
export const renderMembersCard = (
  board: Board,
  options: {
    canManage: boolean;
    message?: string;
    /** Per member id, for the chair and coordinators: whether Quorate can message them personally. */
    reach?: ReadonlyMap<string, PersonalReach>;
  },
): AdaptiveCard => {
  const lines = (member: Member): CardElement[] =>
    memberLines(member, options.reach?.get(member.id), board.rules.timeZone);
  const unreachable = board.members.filter((m) => options.reach?.get(m.id)?.ok === false);
  const byAgency = new Map<string, Member[]>();
  for (const member of board.members) {
    const key = member.agencyCode ?? '';
    byAgency.set(key, [...(byAgency.get(key) ?? []), member]);
  }
  const agencies = [...board.agencies].sort((a, b) => Number(b.statutory) - Number(a.statutory));
  const sections: CardElement[] = agencies.map((agency) => {
    const members = byAgency.get(agency.code) ?? [];
    const label = `${agency.name} (${agency.code})${agency.statutory ? ' · statutory partner' : ''}`;
    return section(
      label,
      members.length === 0 ? [subtle('No members yet')] : members.flatMap(lines),
    );
  });
  const unassigned = byAgency.get('') ?? [];
  if (unassigned.length > 0)
    sections.push(section('No agency recorded', unassigned.flatMap(lines)));
  return card(
    [
      ...heading(
        `Members of ${board.name}`,
        `${board.members.length} members · ${board.agencies.length} agencies`,
      ),
      ...(options.message === undefined ? [] : [notice(options.message, 'good')]),
      ...(unreachable.length === 0
        ? []
        : [
            notice(
              `Quorate cannot message ${unreachable.length === 1 ? '1 member' : `${unreachable.length} members`} personally (${unreachable.map((m) => m.initials).join(', ')}): their reminders go to this board’s conversation with an @mention. Why is shown under each name.`,
              'warning',
            ),
          ]),
      ...sections,
    ],
    options.canManage
      ? [
          dialogAction('Import members', Verbs.membersImportOpen),
          executeAction('Add people from this chat', Verbs.syncRoster),
        ]
      : [],
  );
};
