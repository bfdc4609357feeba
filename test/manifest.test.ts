import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest, MAX_RESID } from '../scripts/checkManifest';
import { MIN_EXCEL_API } from '../src/adapters/office/capabilities';
import { RIBBON_ACTIONS } from '../src/commands/ribbonActions';

const ROOT = join(__dirname, '..');
const ASSETS = join(ROOT, 'assets');
const XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const SCHEMA = join(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');

/** Text of the resource `id` in `locale` (default value when no locale is given). */
function text(id: string, locale?: string): string {
  const m = new RegExp(
    `<bt:String id="${id.replace('.', '\\.')}" DefaultValue="([^"]*)">([\\s\\S]*?)</bt:String>`,
  ).exec(XML);
  if (!m) throw new Error(`no string ${id}`);
  if (!locale) return m[1]!;
  return new RegExp(`<bt:Override Locale="${locale}" Value="([^"]*)"`).exec(m[2]!)?.[1] ?? '';
}

describe('manifest.xml', () => {
  it('has every resid resolved, of the right kind, at most 32 characters, icons at their sizes', () => {
    const { problems, functionNames } = checkManifest(XML, ASSETS);
    expect(problems).toEqual([]);
    expect(functionNames).toEqual([...RIBBON_ACTIONS]);
  });

  it('catches a dangling or over-long resid and a missing translation', () => {
    const broken = XML.replace('<Label resid="Undo.Label" />', '<Label resid="Undo.LabelMissing" />')
      .replace('resid="Compute.Tooltip"', `resid="${'X'.repeat(MAX_RESID + 1)}"`)
      .replace('<bt:Override Locale="zh-CN" Value="打开面板" />', '');
    const { problems } = checkManifest(broken, ASSETS);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('<Label resid="Undo.LabelMissing"> does not resolve'),
        expect.stringContaining('is longer than 32 characters'),
        'string "Pane.Label" has no zh-CN override',
      ]),
    );
  });

  it('is one fixed add-in with the requirement sets the code relies on', () => {
    expect(XML).toContain('<Id>250b24b8-e30d-46bf-834d-e9d94fcbe811</Id>');
    expect(XML).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(XML).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}" />`);
    expect(XML).toContain('<Set Name="SharedRuntime" MinVersion="1.1" />');
    // shared runtime: the runtime, the function file and the pane are one page
    expect(XML).toContain('<Runtime resid="Taskpane.Url" lifetime="long" />');
    expect(XML).toContain('<FunctionFile resid="Taskpane.Url" />');
    expect(XML).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url" \/>/);
  });

  it('puts the tab 绩效评价 with its three buttons on the ribbon, in Chinese and English', () => {
    expect(text('Tab.Label', 'zh-CN')).toBe('绩效评价');
    expect([
      text('Compute.Label', 'zh-CN'),
      text('Pane.Label', 'zh-CN'),
      text('Undo.Label', 'zh-CN'),
    ]).toEqual(['计算得分', '打开面板', '撤销上次计算']);
    expect(XML).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="zh-CN" Value="绩效自评" \/>/);
    expect(XML).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="zh-CN" Value="[^"]+" \/>/);
    // ux.md: the tooltips say nothing the user typed is overwritten — true by default; the 覆盖
    // setting (已填得分与计算不一致时) replaces typed scores, so the claim says "by default"
    for (const id of ['Compute.Tooltip', 'Pane.Tooltip']) {
      expect(text(id, 'zh-CN')).toContain('默认不会覆盖您填写的任何内容');
      expect(text(id)).toContain('By default, nothing you typed is overwritten');
    }
    expect(text('Undo.Tooltip', 'zh-CN')).toContain('您修改过的单元格保持不变');
  });

  const xmllint = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((p) => existsSync(p));
  const schemaTest = xmllint && existsSync(SCHEMA) ? it : process.env.CI === 'true' ? it : it.skip;
  schemaTest('validates against the Office add-in manifest XSDs (xmllint, offline)', () => {
    if (!xmllint) throw new Error('xmllint is missing: CI installs libxml2-utils (.ci/run)');
    const out = execFileSync(xmllint, ['--noout', '--schema', SCHEMA, join(ROOT, 'manifest.xml')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });
});
