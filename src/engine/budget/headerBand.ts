/**
 * What makes rows a budget table's header, apart from the rest of the detector: shared by the
 * detector and by the cheap test hosts run before they fetch the detector (hint.ts).
 */
import { BUDGET_HEADERS, type HeaderRole } from './lexicon';
import { AMOUNT_FIELDS } from './types';

const NAME_ROLES: readonly HeaderRole[] = ['name', 'code', 'class', 'section', 'item'];
const AMOUNT_HEADER_ROLES: readonly HeaderRole[] = [...AMOUNT_FIELDS, 'sumCol'];

/** A vertical budget header: a name or code column and an amount column, nothing foreign. */
export const BUDGET_HEADER_BAND = {
  aliases: BUDGET_HEADERS,
  accepts: (roles: ReadonlySet<HeaderRole>): boolean =>
    !roles.has('foreign') &&
    NAME_ROLES.some((r) => roles.has(r)) &&
    AMOUNT_HEADER_ROLES.some((r) => roles.has(r)),
  maxHeaderRows: 4,
} as const;
