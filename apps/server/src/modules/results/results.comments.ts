import { isUuid } from '../../lib/ids';
import { registerCommentTarget } from '../comments/comments.targets';
import * as indicatorsRepo from '../indicators/indicators.repository';
import * as repo from './results.repository';

/** Results, indicators and actual values can be commented on; each must belong to the partnership. */
export function registerResultCommentTargets() {
  registerCommentTarget('result', async (db, partnershipId, id) => isUuid(id) && !!(await repo.findResult(db, partnershipId, id)));
  registerCommentTarget('indicator', async (db, partnershipId, id) => isUuid(id) && !!(await indicatorsRepo.findIndicator(db, partnershipId, id)));
  registerCommentTarget('indicator_value', async (db, partnershipId, id) => isUuid(id) && !!(await indicatorsRepo.findValueById(db, partnershipId, id)));
}
