import { WorkbookReadError, WorkbookWriteError } from '../adapters/xlsx/errors';

describe('refused files in words', () => {
  it('says the same thing in zh-CN and en, naming the file, with what was wrong', () => {
    const xls = new WorkbookReadError('notWorkbook', '旧表.xls', { kind: 'format', format: 'xls' });
    expect(xls.text('zh-CN')).toBe(
      '旧表.xls：不是 .xlsx 工作簿（旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx）',
    );
    expect(xls.text('en')).toBe('旧表.xls: not an .xlsx workbook (xls)');
    expect(xls.message).toBe(xls.text('en'));
    expect(new WorkbookReadError('missing', 'a.xlsx').text('zh-CN')).toBe('a.xlsx：找不到文件');
    const same = new WorkbookWriteError('sameAsInput', 'a.xlsx');
    expect(same.text('zh-CN')).toBe('a.xlsx：不会覆盖原工作簿，请另选输出路径');
    expect(new WorkbookWriteError('unwritable', 'b.xlsx', 'EACCES').text('zh-CN')).toBe(
      'b.xlsx：无法写出结果工作簿（EACCES）',
    );
  });

  it('keeps what comes from the file printable in either language', () => {
    const e = new WorkbookReadError('unreadable', 'x.xlsx', {
      kind: 'sheetNameControl',
      name: 'A\u001b[2JB',
    });
    expect(e.text('zh-CN')).toBe('x.xlsx：无法读取工作簿（工作表名称“A\\u001b[2JB”含控制字符）');
    expect(e.detailText('en')).toBe('sheet name "A\\u001b[2JB" holds control characters');
  });
});
