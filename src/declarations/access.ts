import { holds, type CurrentUser } from '../accounts/access';
import { ForbiddenError } from '../shared/errors';

/** Members see only their own records; governance leads and auditors see everyone's. */
export function assertCanRead(viewer: CurrentUser, ownerId: string): void {
  if (viewer.id !== ownerId && !holds(viewer, 'read-all')) {
    throw new ForbiddenError('You can only see your own declarations.');
  }
}

/** Members change only their own records; governance leads may correct anyone's. Auditors only read. */
export function assertCanEdit(viewer: CurrentUser, ownerId: string): void {
  if (viewer.id !== ownerId && !holds(viewer, 'manage')) {
    throw new ForbiddenError('You can only change your own declarations.');
  }
}
