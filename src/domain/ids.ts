declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type TenantId = Brand<string, 'TenantId'>;
export type BoardId = Brand<string, 'BoardId'>;
export type MemberId = Brand<string, 'MemberId'>;
export type MeetingId = Brand<string, 'MeetingId'>;
export type ActionId = Brand<string, 'ActionId'>;

export const tenantId = (value: string): TenantId => value as TenantId;
export const boardId = (value: string): BoardId => value as BoardId;
export const memberId = (value: string): MemberId => value as MemberId;
export const meetingId = (value: string): MeetingId => value as MeetingId;
export const actionId = (value: string): ActionId => value as ActionId;
