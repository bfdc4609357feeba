import { toA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import { EMPTY_MARKERS } from '../grid/valueLexicon';
import { cellAt, cellText, isBlank, type CellValue, type SheetInput } from '../grid/types';
import type { NormalizedValue } from '../grid/value';
import { findHeaders, stackedHeaders, type HeaderMatch } from '../layout/findHeaders';
import {
  CONTINUED_WORDS,
  SAME_AS_ABOVE,
  LABELLED_RULE,
  UNLABELLED_RULE,
  INDICATOR_HEADERS,
  TEMPLATE_WORDS,
  type IndicatorRole,
} from '../layout/headerLexicon';
import { headerKey } from '../layout/matchHeader';
import { titleYear } from '../layout/titleYear';
import { splitAnnotation } from './annotation';
import { readFundsBlock } from './fundsBlock';
import type { GroupCell, IndicatorRow, IndicatorTable, NoteLine, Template } from './model';
import {
  actualReading,
  isSubtotalLabel,
  withSharedYear,
  isTotalLabel,
  parseOperator,
  typedScore,
} from './cellReaders';
import { withinBudget } from './budgetLimit';
import { versusLastYear } from './lastYear';
import { proseParts } from './proseCell';
import { actualAgainst, optionalValue, textValue, withUnit } from './rowValues';
import { toPoints, weightPoints, weightsInPercent } from './weightScale';

/** Rows of nothing that end a table. */
const BLANK_RUN_ENDS_TABLE = 3;

function acceptsIndicatorHeader(roles: ReadonlySet<IndicatorRole>): boolean {
  const hasLevel = roles.has('level3') || roles.has('level2') || roles.has('level1');
  if (!hasLevel) return false;
  if (roles.has('weight')) return roles.has('score') || roles.has('target') || roles.has('rule');
  // no 分值 column: the weights are written in the names (`受益学生人数（15分）`), and a 得分 column
  // makes it a scored table (a 绩效目标 block of levels and 指标值 alone is not)
  return roles.has('score');
}

/**
 * Finds every indicator table on a sheet by its header, wherever it sits, and reads its rows.
 * A manual header row (1-based) overrides detection for the sheet.
 *
 * @example readIndicatorTables(sheet).map(t => t.rows.length) // [40] for the seed
 */
export function readIndicatorTables(sheet: SheetInput, manualHeaderRow?: number): IndicatorTable[] {
  const merges = new MergeIndex(sheet.merges);
  // a 分值 after each level (一级指标|分值|二级指标|分值|三级指标|分值): the indicator's is the last
  const lastWins = ['weight'] as const;
  let headers = findHeaders(
    sheet,
    { aliases: INDICATOR_HEADERS, accepts: acceptsIndicatorHeader, lastWins },
    merges,
  );
  if (manualHeaderRow !== undefined) {
    const top = manualHeaderRow - 1;
    const forced = findHeaders(
      { ...sheet, rows: sheet.rows.slice(0, top + 3) },
      { aliases: INDICATOR_HEADERS, accepts: () => true, lastWins },
      merges,
    ).filter((h) => h.headerTop === top);
    headers = forced.length > 0 ? [...forced, ...headers.filter((h) => h.headerTop > top + 2)] : headers;
  }
  headers = stackedHeaders(headers);
  const tables: IndicatorTable[] = [];
  headers.forEach((header, i) => {
    const nextTop = headers[i + 1]?.headerTop ?? sheet.rows.length;
    const previousEnd = tables[tables.length - 1]?.lastRow ?? -1;
    tables.push(readTable(sheet, header, nextTop, previousEnd, merges));
  });
  return tables;
}

function readTable(
  sheet: SheetInput,
  header: HeaderMatch<IndicatorRole>,
  stopRow: number,
  previousEnd: number,
  merges: MergeIndex,
): IndicatorTable {
  const col = (role: IndicatorRole): number | undefined => header.columns.get(role);
  const nameCol = col('level3') ?? col('level2') ?? col('level1') ?? header.firstCol;
  const level1Col = col('level1');
  const level2Col = col('level2');
  const weightCol = col('weight');
  const targetCol = col('target');
  const actualCol = col('actual');
  const unitCol = col('unit');
  const operatorCol = col('operator');
  const scoreCol = col('score');
  const ruleCol = col('rule') ?? -1;
  const evidenceCol = col('evidence');
  const remarkCol = col('remark') ?? -1;
  const deviationCol = col('deviationNote') ?? remarkCol;
  // the table's title (the rows since the previous table) and the sheet's name say its template,
  // whether it continues the table before it, and the year of dates written without one (`6月底前`)
  const captionFrom = Math.max(previousEnd + 1, 0);
  const captions = captionTexts(sheet, captionFrom, header.headerTop);
  const tableYear = titleYear(sheet, captionFrom, header.headerTop);
  // Targets and actual values repeat down a table (≥95%, 达标): read each text once.
  const readings = new Map<string, NormalizedValue>();
  const rows: IndicatorRow[] = [];
  const subtotalRows: number[] = [];
  const headingRows: number[] = [];
  let totalRow: number | null = null;
  let lastRow = header.headerBottom;
  let blankRun = 0;
  // the last rule written out, for a row that says 同上
  let ruleAbove = '';
  let level1: GroupCell | null = null;
  let level2: GroupCell | null = null;
  for (let r = header.headerBottom + 1; r < stopRow; r++) {
    const label = rowLabel(sheet, r, header, merges);
    if (label === 'total') {
      totalRow = r;
      lastRow = r;
      break;
    }
    if (rowIsBlank(sheet, r, header)) {
      if (++blankRun >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    blankRun = 0;
    // a group's 小计 (投入小计, 产出指标小计) sums rows already read: not an indicator
    if (label === 'subtotal') {
      subtotalRows.push(r);
      lastRow = r;
      continue;
    }
    const ownLevel1 = groupAt(sheet, r, level1Col, merges);
    level1 = ownLevel1 ?? level1;
    const ownLevel2 = groupAt(sheet, r, level2Col, merges);
    if (ownLevel2) level2 = ownLevel2;
    else if (level1Col !== undefined && ownLevel1?.row === r) level2 = null;
    const weightValue = cellAtCol(sheet, r, weightCol);
    let nameText = cellText(cellAtCol(sheet, r, nameCol));
    if (nameText === '' && isBlank(weightValue)) continue;
    // a weighted row whose name is merged across from the left (预算执行率 over A:C) is named by it
    const nameMerge = nameText === '' ? merges.at(r, nameCol) : undefined;
    if (nameMerge && nameMerge.top === r) nameText = cellText(merges.valueAt(sheet, r, nameCol));
    lastRow = r;
    // `产出指标 | | | 60` (or 产出指标 merged across to the name column): a group's own row, its points
    // in the weight column, no indicator on it
    const heading = [ownLevel2, ownLevel1].find(
      (g) =>
        g?.row === r &&
        g.col !== nameCol &&
        (nameMerge ? nameMerge.top === r && nameMerge.left === g.col : nameText === '') &&
        opensGroup(sheet, r, g.col, merges, stopRow),
    );
    const groupPoints = heading ? weightPoints(weightValue, false) : null;
    const bare = (c: number | undefined): boolean => isBlank(cellAtCol(sheet, r, c));
    if (heading && groupPoints !== null && [targetCol, actualCol, ruleCol].every(bare)) {
      const group = { ...heading, points: heading.points ?? groupPoints };
      if (heading === ownLevel2) level2 = group;
      else level1 = group;
      headingRows.push(r);
      continue;
    }
    const { name, points } = splitAnnotation(nameText);
    const unit = cellText(cellAtCol(sheet, r, unitCol));
    // `年度目标：≥400人；实际完成：参训352人` in one cell merged over both columns: its parts
    const prose = proseParts(sheet, r, { target: targetCol, actual: actualCol, score: scoreCol }, merges);
    const scoreValue = prose?.score ?? cellAtCol(sheet, r, scoreCol);
    // `/` or `—` in the rule column is no rule: the 10号 defaults, as for a blank (hunt121: unreadable)
    const typedRule = cellText(merges.valueAt(sheet, r, ruleCol));
    const ruleCell = EMPTY_MARKERS.has(typedRule.replace(/\s+/gu, '').toUpperCase()) ? '' : typedRule;
    // `评分标准：全部到位得满分，每少1辆扣0.5分` in the 备注 of a table with no rule column (hunt111), or
    // `未达目标的，每少200小时扣0.5分` in the 备注 beside a blank rule cell (hunt115)
    const noted = ruleCell === '' ? remarkRule(cellText(merges.valueAt(sheet, r, remarkCol)), ruleCol) : '';
    const written = ruleCell || noted;
    // `同上`: the rule of the row above that writes one out (hunt101: four rows left to the reviewer)
    const ruleText = SAME_AS_ABOVE.has(written.replace(/[\s。.，,]/gu, '')) ? ruleAbove : written;
    ruleAbove = ruleText;
    const [target, actualRead] = withinBudget(
      ...versusLastYear(
        ...withSharedYear(
          withUnit(
            prose ? textValue(prose.target, readings) : optionalValue(sheet, r, targetCol, readings),
            unit,
          ),
          actualReading(
            prose ? textValue(prose.actual, readings) : optionalValue(sheet, r, actualCol, readings),
          ),
          tableYear,
        ),
        name,
      ),
    );
    rows.push({
      row: r,
      level1: nameCol === level1Col ? null : level1,
      level2: nameCol === level2Col ? null : level2,
      name,
      nameCol,
      namePoints: points,
      weight: weightPoints(weightValue, false),
      weightText: cellText(weightValue),
      target,
      actual: actualAgainst(actualRead, unit, target, { name, rule: ruleText }),
      operator: parseOperator(cellText(cellAtCol(sheet, r, operatorCol))),
      ruleText,
      evidenceText: cellText(merges.valueAt(sheet, r, evidenceCol ?? -1)),
      evidenceLink: evidenceLink(sheet, r, evidenceCol, merges),
      reportedScore: typedScore(scoreValue, weightPoints(weightValue, false)),
      scoreText: cellText(scoreValue),
      // a 备注 that states the rule is no reason for a shortfall
      deviationNote:
        noted !== '' && deviationCol === remarkCol ? '' : cellText(merges.valueAt(sheet, r, deviationCol)),
    });
  }
  const readFunds = readFundsBlock(sheet, Math.max(previousEnd + 1, 0), header.headerTop, merges);
  // 0.15 shown as 15 %, or shares adding up to 1: points of the 100-point scale
  const inPercent = weightsInPercent(rows, sheet, weightCol, readFunds);
  const funds =
    inPercent && readFunds && readFunds.weight <= 1
      ? { ...readFunds, weight: toPoints(readFunds.weight) }
      : readFunds;
  if (inPercent)
    rows.forEach((r, i) => (rows[i] = { ...r, weight: r.weight === null ? null : toPoints(r.weight) }));
  // rules by kind of indicator in a note under the table, for rows without their own
  const notes = rows.some((r) => r.ruleText === '') ? noteLines(sheet, lastRow + 1, stopRow, merges) : [];
  const template =
    namedTemplate(captions) ??
    (funds || (col('actual') !== undefined && col('deviationNote') !== undefined) ? 'project' : 'department');
  const noteHeader = deviationCol < 0 ? null : headerText(sheet, header, deviationCol, merges);
  return {
    sheet: sheet.name,
    template,
    header,
    rows,
    totalRow,
    subtotalRows,
    headingRows,
    lastRow,
    funds,
    noteHeader,
    ...(inPercent ? { weightsInPercent: true } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...(captions.some((text) => CONTINUED_WORDS.some((w) => text.includes(w))) ? { continued: true } : {}),
  };
}

/** A rule written in the 备注: under its label, or (beside a rule column left blank) without one. */
function remarkRule(remark: string, ruleCol: number): string {
  return LABELLED_RULE.exec(remark)?.[1] ?? (ruleCol >= 0 ? (UNLABELLED_RULE.exec(remark)?.[1] ?? '') : '');
}

/** How far under a table its note may stand. */
const NOTE_ROWS = 30;

/** The texts under a table, cell by cell (merged cells once), down to the next table or NOTE_ROWS. */
function noteLines(sheet: SheetInput, from: number, to: number, merges: MergeIndex): NoteLine[] {
  const out: NoteLine[] = [];
  for (let r = from; r < Math.min(to, from + NOTE_ROWS, sheet.rows.length); r++) {
    (sheet.rows[r] ?? []).forEach((v, c) => {
      const text = merges.isCovered(r, c) ? '' : cellText(v);
      if (text !== '') out.push({ cell: toA1(r, c), text });
    });
  }
  return out;
}

/** A column's header as written, its lowest line first (the words under a merged group title). */
export function headerText(
  sheet: SheetInput,
  header: HeaderMatch<IndicatorRole>,
  c: number,
  merges: MergeIndex,
): string {
  for (let r = header.headerBottom; r >= header.headerTop; r--) {
    const text = cellText(merges.valueAt(sheet, r, c)).replace(/\s+/g, '');
    if (text !== '') return text;
  }
  return '';
}

/**
 * The template a table's title says (the rows between the previous table and the header, then
 * the sheet's name): `某县…基本公共卫生服务项目绩效自评表` is a project table whatever its columns.
 */
function namedTemplate(captions: readonly string[]): Template | null {
  for (const text of captions) {
    const found = (['department', 'project'] as const).find((t) =>
      TEMPLATE_WORDS[t].some((w) => text.includes(w)),
    );
    if (found) return found;
  }
  return null;
}

/** The rows above a table's header (its title), then the sheet's name. */
function captionTexts(sheet: SheetInput, from: number, headerTop: number): string[] {
  return [
    sheet.rows
      .slice(from, headerTop)
      .flatMap((row) => row.map(cellText))
      .join(' '),
    sheet.name,
  ];
}

function cellAtCol(sheet: SheetInput, r: number, c: number | undefined): CellValue {
  return c === undefined ? null : (sheet.rows[r]?.[c] ?? null);
}

/** A 一级/二级 cell that starts on this row (its own value, or a merge anchored here). */
function groupAt(sheet: SheetInput, r: number, c: number | undefined, merges: MergeIndex): GroupCell | null {
  if (c === undefined) return null;
  const merge = merges.at(r, c);
  if (merge && merge.top !== r) return null;
  const text = cellText(cellAtCol(sheet, r, c));
  if (text === '') return null;
  const { name, points } = splitAnnotation(text);
  return { name, points, row: r, col: c };
}

/**
 * Whether the row after a group's own row goes on inside the group (its cell in the group's column
 * blank, under a merge from the group's row, or the group's name again): 预算执行率 merged across A:C
 * before 产出指标 does not.
 */
function opensGroup(sheet: SheetInput, r: number, col: number, merges: MergeIndex, stopRow: number): boolean {
  if (r + 1 >= stopRow) return false;
  const merge = merges.at(r + 1, col);
  if (merge) return merge.top <= r;
  // or repeated on every row of the group (产出指标 again)
  const next = cellText(cellAtCol(sheet, r + 1, col));
  return next === '' || next === cellText(cellAtCol(sheet, r, col));
}

function evidenceLink(
  sheet: SheetInput,
  r: number,
  c: number | undefined,
  merges: MergeIndex,
): string | null {
  if (c === undefined) return null;
  const a = merges.anchor(r, c);
  return sheet.hyperlinks?.[toA1(a.row, a.col)] ?? null;
}

function rowIsBlank(sheet: SheetInput, r: number, header: HeaderMatch<IndicatorRole>): boolean {
  const row = sheet.rows[r];
  if (!row) return true;
  for (let c = header.firstCol; c <= header.lastCol; c++) if (!isBlank(row[c] ?? null)) return false;
  return true;
}

/**
 * The label in the row's first columns: `total` when one of them is a total's (合计 ends the table),
 * else `subtotal` when one is a 小计's (skipped), else null. One pass over the cells, each folded
 * once: every row of a table is asked both.
 */
function rowLabel(
  sheet: SheetInput,
  r: number,
  header: HeaderMatch<IndicatorRole>,
  merges: MergeIndex,
): 'total' | 'subtotal' | null {
  const last = Math.min(header.lastCol, header.firstCol + 3);
  // the row's merges and cells looked up once, not per column (merges.at and valueAt per cell)
  const merged = merges.onRow(r);
  const row = sheet.rows[r];
  let subtotal = false;
  // from the column left of the table: a 序号 column often holds 合计, or a merge across it starts there
  for (let c = Math.max(0, header.firstCol - 1); c <= last; c++) {
    const merge = merged?.get(c);
    if (merge && merge.top !== r) continue;
    const key = headerKey(merge ? cellAt(sheet, merge.top, merge.left) : (row?.[c] ?? null));
    if (isTotalLabel(key)) return 'total';
    subtotal ||= isSubtotalLabel(key);
  }
  return subtotal ? 'subtotal' : null;
}
