import { looksLikeZip, writeZip, ZipArchive, ZipFormatError } from './zip';

describe('zip', () => {
  const big = Buffer.from('<worksheet><dimension ref="A1:I42"/>' + '<row/>'.repeat(50_000) + '</worksheet>');
  const files = [
    { name: 'xl/', data: Buffer.alloc(0) },
    { name: 'xl/worksheets/sheet1.xml', data: big },
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: '中文.txt', data: Buffer.from('评分依据') },
  ];
  const zip = writeZip(files);

  it('round-trips entries in order, with UTF-8 names', () => {
    const archive = ZipArchive.open(zip);
    expect(looksLikeZip(zip)).toBe(true);
    expect(archive.names()).toEqual(files.map((f) => f.name));
    expect(archive.read('xl/worksheets/sheet1.xml')?.equals(big)).toBe(true);
    expect(archive.text('中文.txt')).toBe('评分依据');
    expect(archive.read('missing')).toBeNull();
  });

  it('reads the head of a part without inflating it all', () => {
    const head = ZipArchive.open(zip).head('xl/worksheets/sheet1.xml', 64) ?? '';
    expect(head.startsWith('<worksheet><dimension ref="A1:I42"/>')).toBe(true);
    expect(head.length).toBeLessThan(big.length);
  });

  it('is reproducible', () => {
    expect(writeZip(files).equals(zip)).toBe(true);
  });

  it('rejects bytes that are not a zip', () => {
    expect(looksLikeZip(Buffer.from('一级指标,权重'))).toBe(false);
    expect(() => ZipArchive.open(Buffer.from('PK\u0003\u0004 but nothing else'))).toThrow(ZipFormatError);
  });
});
