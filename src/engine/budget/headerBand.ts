/**
 * What makes rows a budget table's header, apart from the rest of the detector: shared by the
 * detector and by the cheap test hosts run before they fetch the detector (hint.ts).
 */
import type { CellValue } from '../grid/types';
import { headerKey, matchCellRole } from '../layout/matchHeader';
import { BUDGET_HEADERS, YEAR_CAPTION, type HeaderRole } from './lexicon';
import { AMOUNT_FIELDS } from './types';

const NAME_ROLES: readonly HeaderRole[] = ['name', 'code', 'class', 'section', 'item'];
const AMOUNT_HEADER_ROLES: readonly HeaderRole[] = [...AMOUNT_FIELDS, 'sumCol'];

/** A vertical budget header: a name or code column and an amount column, nothing foreign. */
export const BUDGET_HEADER_BAND = {
  aliases: BUDGET_HEADERS,
  // `2023年决算数` is a 决算数 column
  match: (v: CellValue): HeaderRole | undefined => matchCellRole(v, BUDGET_HEADERS) ?? datedRole(v),
  accepts: (roles: ReadonlySet<HeaderRole>): boolean =>
    !roles.has('foreign') &&
    NAME_ROLES.some((r) => roles.has(r)) &&
    AMOUNT_HEADER_ROLES.some((r) => roles.has(r)),
  maxHeaderRows: 4,
} as const;

/** The role of a caption that names its year (`2023年年初预算数` → budget). */
function datedRole(v: CellValue): HeaderRole | undefined {
  if (typeof v !== 'string' || !/^\s*\d{4}/u.test(v)) return undefined;
  const dated = YEAR_CAPTION.exec(headerKey(v));
  return dated ? matchCellRole(dated[2]!, BUDGET_HEADERS) : undefined;
}
