/** 命令行用法（中文，见 cliUsage.ts）。 */
import type { CliUsageCatalog } from './cliUsage';

export const cliUsage: CliUsageCatalog = {
  usage: `用法：npm run score -- <工作簿.xlsx|文件夹>... [--out 文件|文件夹] [--json 文件] [--strict] [--lang zh-CN|en]

  为每个工作簿中的指标表计算得分、核查每张决算表，并在输入文件旁写出 <文件名>.scored.xlsx
  （或写入 --out 指定的位置）。输入文件本身不会被修改。

  --out 文件|文件夹  写出位置（单个输入时可为 .xlsx 文件路径，否则为文件夹）
  --json 文件        同时写出 JSON 报告
  --strict           存在“错误”级别的核查结果时，以退出码 1 结束
  --lang 语言        zh-CN（默认）或 en，用于提示信息和写入的批注

退出码：0 完成（无论有无核查结果）；1 使用 --strict 且存在错误；2 用法有误或文件无法读取。`,
  problem: {
    needsValue: (p) => `${p.option} 后面需要一个值`,
    badLang: (p) => `--lang 只能是 zh-CN 或 en，不能是 ${p.value}`,
    unknownOption: (p) => `未知选项 ${p.option}`,
    noValueExpected: (p) => `${p.option} 不带值`,
    noInput: () => '没有输入：请给出一个或多个 .xlsx 文件或文件夹',
    outFileManyInputs: (p) =>
      `--out ${p.out} 是一个 .xlsx 文件，只能用于一个工作簿；评分多个工作簿时请给出文件夹`,
    jsonClash: (p) => `--json ${p.path} 会覆盖本次评分的工作簿，请为 JSON 报告另选路径`,
    jsonIsFolder: (p) => `--json ${p.path} 是一个文件夹，请给出 JSON 报告的文件路径`,
  },
};
