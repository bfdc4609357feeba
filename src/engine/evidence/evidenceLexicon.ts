/**
 * Words that decide how much a 评分依据 / 佐证材料 cell proves. Chinese lives here as data;
 * classifyEvidence.ts holds only logic. Lists are space-separated strings (see `wordList`).
 * Text is width-folded before matching, so full-width （）［］ arrive here as ()[].
 */
import { wordList } from '../grid/valueLexicon';

/** Cells that say nothing: missing evidence. */
export const EVIDENCE_PLACEHOLDERS: ReadonlySet<string> = new Set(
  wordList('— —— – ― - -- / // \\ 无 暂无 空 略 N/A NA 待补 待补充'),
);

/**
 * "See the attachment" with nothing to see: missing unless the cell carries a hyperlink. A number
 * after the phrase (`见附件1`) does not help: the attachment is not in the workbook. `见附表2` is
 * different (a sheet of the workbook) and is read as a sheet reference first.
 */
export const ATTACHMENT_ONLY_PHRASES: ReadonlySet<string> = new Set(
  wordList(`见附件 详见附件 参见附件 附件 附后 另附 见附 附件材料 见附件材料 佐证材料 见佐证材料 详见佐证材料
    佐证材料见附件 见佐证 见附表 详见附表 见材料 详见材料 已上传 已提供 见报送材料`),
);
/** Numbering that may follow an attachment phrase (`附件1`, `附件一、二`). */
export const ATTACHMENT_NUMBERING = /[\d一二三四五六七八九十、,\-~]*$/;

/** `见附表2`, `附录一`, `见表3`: a table of the workbook named by number (a bare `表3` may be a title's tail). */
export const SHEET_REFERENCE_WORDS = wordList('附表 附录 见表 详见表');
export const SHEET_REFERENCE_NUMBERING = '[\\d一二三四五六七八九十]+';

/**
 * Document numbers: `连污防指办〔2020〕58号`, `苏环委办〔2016〕26 号`, `环办水体函[2016]2376号`,
 * `（2020）58号`, `公告2020年第5号`.
 */
export const DOC_NUMBER_OPEN = '〔[(【［';
export const DOC_NUMBER_CLOSE = '〕])】］';
export const DOC_NUMBER_MARK = '号';
export const DOC_NUMBER_ORDINAL = '第';
export const DOC_NUMBER_YEAR = '年';

/** A quoted title counts as a named document when it ends with a document type (or starts with 关于). */
export const DOC_TITLE_SUFFIXES =
  wordList(`通知 办法 规定 方案 规划 计划 意见 条例 细则 制度 报告 决定 批复 函 纪要
  标准 指南 责任书 合同 协议 法 公告 通报 清单 名单 目录 规范 规程 指引 请示 决议 章程 手册`);
export const DOC_TITLE_LEAD = '关于';
/** Title brackets: 《》 always name a document; quotes only with a document-type ending. */
export const TITLE_BRACKETS: readonly (readonly [string, string])[] = [['《', '》']];
export const TITLE_QUOTES: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
];
/** Shortest quoted title worth believing: `“三同时”` is a slogan, `“十三五”水污染防治规划` a title. */
export const MIN_QUOTED_TITLE_LENGTH = 4;

/**
 * Generic frames with no identifiable document: `按照…要求`, `根据…执行`. Checked per segment
 * after named documents and numbers, so `按照《政府采购法》要求` is still ok.
 */
export const GENERIC_FRAME_LEADS = wordList('按照 按 根据 依据 依照 参照 遵照');
export const GENERIC_FRAME_ENDS = wordList('要求 执行 规定 精神 部署 安排 进行 开展 实施 办理');

/**
 * Head nouns of concrete evidence: records and documents a reviewer can ask to see. Plans and
 * systems (计划, 规划, 方案, 制度) are here too, but like every head noun they need a qualifier that
 * is not generic (below): `年度培训计划` names one plan (培训), `工作方案` / `中长期规划` do not.
 * Vague words (文件, 要求, 目标, 指标) are deliberately absent: they never identify a document.
 */
export const EVIDENCE_HEAD_NOUNS =
  wordList(`台账 报表 统计表 明细表 汇总表 签到表 登记表 考核表 评分表 名单 清单
  报告 报告书 合同 协议 结算 决算 凭证 发票 问卷 纪要 批复 记录 计划 规划 方案 制度 办法 细则 照片 证书
  证明 通报 公示 许可证 备案 档案 验收单 责任书 预算书 审计意见`);

/**
 * Qualifier words that pick out nothing: the speaker (局, 单位), the period alone (年度, 中长期),
 * and filler. A head noun whose qualifier is only these words is weak (`局工作计划`, `单位管理制度`).
 */
export const GENERIC_QUALIFIERS =
  wordList(`本单位 本部门 我局 我单位 单位 部门 局 市 省 县 区 市级 省级 县级 上级 国家
  本年度 年度 本年 当年 全年 中长期 长期 中期 短期 工作 相关 有关 管理 日常 各项 各类 其他 其它 内部 下达
  文件 材料 资料 见 详见 参见 按照 根据 依据 等 的 及 和 与 或`);

/**
 * A measured statement (`满意度达 88%`) reports a number but names no survey or record: weak.
 * These verbs, followed by a number, mark one; so does a number with a percent sign.
 */
export const MEASURE_VERBS = wordList('达到 达 为 是 至 超过 低于 高于');

/** Separators between items in one evidence cell: `台账；照片`, `《A》、《B》`. */
export const EVIDENCE_SEGMENT_SEPARATOR = /[；;，,、。\n]+/;

/** Link-like text: a URL or a network path typed into the cell. */
export const URL_PATTERN = /(?:https?|ftp|file):\/\/\S+|www\.\S+\.\S+|\\\\[^\\\s]+\\\S+/i;
