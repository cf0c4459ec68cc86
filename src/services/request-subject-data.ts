import type { Board, Member } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { maySeeSubject } from './export-subject-data.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';

/**
 * `personal data [initials]`: whose data the download will hold. A member asks for their own; the
 * chair, a vice-chair or a coordinator may ask for any member's. Both the request and a refusal
 * are audited (the subject's initials only).
 */
export const requestSubjectData = async (
  deps: Pick<Deps, 'audit' | 'clock'>,
  input: { board: Board; actor: Actor; initials?: string },
): Promise<Member> => {
  const { board, actor } = input;
  const requester = findMemberByAad(board, actor.aadObjectId);
  const refuse = async (message: string, subject: string): Promise<never> => {
    await recordAudit(deps, board, actor, { verb: 'member.data', subject, outcome: 'refused' });
    throw new DomainError('FORBIDDEN', message);
  };
  if (requester === undefined)
    return refuse(`Only members of ${board.name} can ask for the data it holds.`, board.id);
  const subject =
    input.initials === undefined
      ? requester
      : board.members.find((m) => m.initials === input.initials);
  if (subject === undefined)
    throw new DomainError(
      'NOT_FOUND',
      `${input.initials ?? ''} is not a member of ${board.name}. Type "members" to see who is.`,
    );
  if (!maySeeSubject(requester, subject))
    return refuse(
      'You can download your own data ("personal data"); the chair or a coordinator can download a member’s.',
      subject.initials,
    );
  await recordAudit(deps, board, actor, {
    verb: 'member.data',
    subject: subject.initials,
    outcome: 'done',
  });
  return subject;
};
