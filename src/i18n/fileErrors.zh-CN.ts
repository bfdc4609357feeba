/** 无法处理的工作簿文件：命令行每个文件一行（见 fileErrors.ts）。 */
import type { FileErrorCatalog } from './fileErrors';

const FORMAT: Record<string, string> = {
  xls: '旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx',
  xlsb: '.xlsb 二进制格式，请另存为 .xlsx',
  ods: 'OpenDocument 表格（.ods），请另存为 .xlsx',
  zip: '压缩包中没有工作簿',
};

export const fileErrors: FileErrorCatalog = {
  read: {
    missing: '找不到文件',
    notWorkbook: '不是 .xlsx 工作簿',
    encrypted: '工作簿设有打开密码（已加密），请另存一份不加密的副本后再试',
    tooLarge: '工作簿过大，未处理',
    unreadable: '无法读取工作簿',
  },
  write: {
    sameAsInput: '不会覆盖原工作簿，请另选输出路径',
    outputClash: '与本批次中另一个工作簿的结果同名，未写出，请分别指定 --out',
    missingSheet: '要写入的工作表在工作簿中不存在',
    unwritable: '无法写出结果工作簿',
    reportUnwritable: '无法写出 JSON 报告',
  },
  detail: {
    directory: () => '这是一个文件夹',
    notRegularFile: () => '不是普通文件',
    emptyFile: () => '空文件',
    format: (d) => FORMAT[d.format] ?? d.format,
    encryptedZip: () => '压缩包已加密',
    fileSize: (d) => `${d.mb} MB，上限 ${d.limitMb} MB`,
    zipParts: (d) => `疑似压缩炸弹：含 ${d.parts} 个部件，上限 ${d.limit} 个`,
    zipPart: (d) => `疑似压缩炸弹：部件 ${d.part} 解压后 ${d.mib} MiB，上限 ${d.limitMib} MiB`,
    zipTotal: (d) => `疑似压缩炸弹：解压后共 ${d.mib} MiB，上限 ${d.limitMib} MiB`,
    zipRatio: (d) => `疑似压缩炸弹：${d.fileMib} MiB 的文件解压后 ${d.mib} MiB，超过 ${d.ratio} 倍`,
    zipLying: (d) => `疑似压缩炸弹：部件 ${d.part} 解压后超出其声明的 ${d.declared} 字节`,
    sheetCells: (d) =>
      `工作表“${d.sheet}”${d.declared ? '声明了' : '使用了'} ${d.cells} 个单元格，上限 ${d.limit} 个`,
    mergeCells: (d) => `合并区域 ${d.ref} 跨 ${d.cells} 个单元格，上限 ${d.limit} 个`,
    sheetNameLength: (d) => `有一个工作表名称长 ${d.length} 个字符，Excel 最多允许 ${d.limit} 个`,
    sheetNameControl: (d) => `工作表名称“${d.name}”含控制字符`,
    cellText: (d) =>
      `工作表“${d.sheet}”的单元格 ${d.cell} 有 ${d.length} 个字符，Excel 最多允许 ${d.limit} 个`,
    damaged: (d) => `文件已损坏或格式异常：${d.text}`,
    system: (d) => d.text,
  },
  line: (path, reason, detail) => `${path}：${reason}${detail ? `（${detail}）` : ''}`,
};
