import type { Board, Member } from '../domain/board.js';
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

const ROLE_LABEL: Record<Member['role'], string> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  coordinator: 'Coordinator',
  member: '',
  adviser: 'Adviser',
  scrutineer: 'Scrutineer',
};

const memberLines = (member: Member): CardElement[] => {
  const role = ROLE_LABEL[member.role];
  const title = `**${member.name}** (${member.initials})${role === '' ? '' : ` · ${role}`}`;
  return [
    text(title, { spacing: 'Small' }),
    ...(member.designation === undefined ? [] : [subtle(member.designation)]),
  ];
};

/** Members grouped by agency (statutory partners first), readable on a phone. */
export const renderMembersCard = (
  board: Board,
  options: { canManage: boolean; message?: string },
): AdaptiveCard => {
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
      members.length === 0 ? [subtle('No members yet')] : members.flatMap(memberLines),
    );
  });
  const unassigned = byAgency.get('') ?? [];
  if (unassigned.length > 0)
    sections.push(section('No agency recorded', unassigned.flatMap(memberLines)));
  return card(
    [
      ...heading(
        `Members of ${board.name}`,
        `${board.members.length} members · ${board.agencies.length} agencies`,
      ),
      ...(options.message === undefined ? [] : [notice(options.message, 'good')]),
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
