/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRibbonFeed } from '../../commands/ribbonActions';
import { COMPUTED, FakePaneHost } from '../testing/fakePaneHost';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { App } from './App';

installDomStubs();

function setup(configure: (host: FakePaneHost) => void = () => undefined) {
  const host = new FakePaneHost();
  configure(host);
  const feed = createRibbonFeed();
  renderInPane(<App ribbon={feed} />, { host });
  return { host, feed, user: userEvent.setup() };
}

describe('App', () => {
  it('lists the tables found, then computes with progress and shows the summary and findings', async () => {
    let release = (): void => undefined;
    const { host, user } = setup((h) => {
      h.gate = new Promise((resolve) => (release = resolve));
    });
    expect(await screen.findByRole('heading', { name: '已识别 2 张表' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '计算得分' }));
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByText('第 4 步，共 4 步：写回')).toBeTruthy();
    expect(screen.getByRole('button', { name: '计算得分' })).toHaveProperty('disabled', true);

    act(() => release());
    expect(await screen.findByRole('heading', { name: '结果' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByLabelText('自评表 总分 98.00 分（满分 100 分），等级 优')).toBeTruthy();
    expect(screen.getByText('佐证：缺失 2 · 较弱 9 · 完整 29')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /^错误：自评表!H19，/ }));
    await user.click(screen.getByRole('button', { name: '在工作表中定位 自评表 A2:I42' }));
    await user.click(screen.getByRole('button', { name: '查看评价结果表' }));
    expect(host.called('select')).toEqual([
      { method: 'select', reference: '自评表!H19' },
      { method: 'select', reference: '自评表!A2:I42' },
      { method: 'select', reference: '评价结果!A1' },
    ]);
  });

  it('opens the results where the run put them (评价结果(2) beside a sheet of the user called 评价结果)', async () => {
    const { host, user } = setup((h) => {
      h.computeOutcome = COMPUTED.ok ? { ...COMPUTED, resultsSheet: '评价结果(2)' } : COMPUTED;
    });
    await user.click(await screen.findByRole('button', { name: '计算得分' }));
    await user.click(await screen.findByRole('button', { name: '查看评价结果表' }));
    expect(host.called('select')).toEqual([{ method: 'select', reference: "'评价结果(2)'!A1" }]);
  });

  it('says in one sentence why a run failed and that nothing was written', async () => {
    setup((h) => {
      h.computeOutcome = { ok: false, failure: 'cellEditMode', message: 'InvalidOperationInCellEditMode' };
    });
    await screen.findByRole('heading', { name: '已识别 2 张表' });
    await userEvent.click(screen.getByRole('button', { name: '计算得分' }));
    const failure = await screen.findByRole('group', { name: '未能完成计算' });
    expect(failure.textContent).toBe(
      '未能完成计算单元格正在编辑，请按 Enter 或 Esc 后重试。 工作簿未作任何修改。',
    );
    // …and the same sentence is announced
    expect(
      screen.getAllByText('单元格正在编辑，请按 Enter 或 Esc 后重试。 工作簿未作任何修改。'),
    ).toHaveLength(2);
    expect(screen.queryByRole('heading', { name: '结果' })).toBeNull();
  });

  it('treats a thrown error as an unexpected failure', async () => {
    setup((h) => {
      h.compute = () => Promise.reject(new Error('网络中断'));
    });
    await screen.findByRole('heading', { name: '已识别 2 张表' });
    await userEvent.click(screen.getByRole('button', { name: '计算得分' }));
    expect(await screen.findAllByText(/出现意外错误：网络中断/)).toHaveLength(2); // message bar + live region
  });

  it('explains what it looked for when nothing is found, and takes a header row', async () => {
    const { host, user } = setup((h) => {
      h.detection = { tables: [], sheetNames: ['Sheet1', '评分'] };
    });
    expect(await screen.findByRole('group', { name: '未识别到指标表或决算表' })).toBeTruthy();
    expect(screen.getByText(/表头需含“三级指标”/)).toBeTruthy();
    // the picker is fetched when first shown
    await user.selectOptions(await screen.findByRole('combobox', { name: '工作表' }), '评分');
    await user.type(screen.getByRole('spinbutton', { name: /表头所在行/ }), '3');
    await user.click(screen.getByRole('button', { name: '保存并重新识别' }));
    expect(await screen.findAllByText('已保存：评分 的表头在第 3 行')).toHaveLength(2); // shown + announced
    expect(host.called('saveSettings')).toEqual([
      { method: 'saveSettings', settings: { headerRows: { 评分: 3 } } },
    ]);
    expect(host.called('detect')).toHaveLength(2);
  });

  it('undoes the last computation and reports kept edits, or that there is nothing to undo', async () => {
    const { host, user } = setup((h) => {
      h.undoOutcome = { ok: true, restoredCells: 12, keptUserEdits: ['自评表!H7'] };
    });
    await screen.findByRole('heading', { name: '已识别 2 张表' });
    await user.click(screen.getByRole('button', { name: '撤销上次计算' }));
    expect(
      await screen.findAllByText('已恢复 12 个单元格。 计算后您修改过的 1 个单元格保持不变：自评表!H7'),
    ).toHaveLength(2);
    host.undoOutcome = { ok: false, failure: 'nothingToUndo', message: '' };
    await user.click(screen.getByRole('button', { name: '撤销上次计算' }));
    expect(await screen.findAllByText('没有可撤销的计算。')).toHaveLength(2);
  });

  it('saves settings in the workbook and switches the language', async () => {
    const { host, user } = setup((h) => {
      h.settings = { stepMode: 'partial' };
    });
    await screen.findByRole('heading', { name: '已识别 2 张表' });
    const toggle = screen.getByRole('button', { name: '设置' });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // the settings panel is fetched when first opened
    expect((await screen.findByRole<HTMLInputElement>('radio', { name: '不足一步按一步' })).checked).toBe(
      true,
    );
    await user.click(screen.getByRole('radio', { name: '实际到位' }));
    expect(await screen.findByText('设置已保存到工作簿。')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Compute scores' })).toBeTruthy();
    expect(host.called('saveSettings').at(-1)).toEqual({
      method: 'saveSettings',
      settings: { stepMode: 'partial', budgetBasis: 'received', lang: 'en' },
    });
  });

  it('inserts an 实际完成值 column into a department table and detects again', async () => {
    const { host, user } = setup();
    await screen.findByRole('heading', { name: '已识别 2 张表' });
    await user.click(screen.getByRole('button', { name: '设置' }));
    await user.click(await screen.findByRole('button', { name: '插入“实际完成值”列' }));
    expect(await screen.findAllByText('已在 自评表 插入“实际完成值”列，请填写后再计算得分。')).toHaveLength(
      2,
    );
    expect(host.called('insertActualColumn')).toEqual([
      { method: 'insertActualColumn', sheet: '自评表', headerRow: 2 },
    ]);
    await waitFor(() => expect(host.called('detect')).toHaveLength(2));
  });

  it('shows a run started from the ribbon', async () => {
    const { feed } = setup();
    await screen.findByRole('heading', { name: '已识别 2 张表' });
    act(() => feed.publish({ action: 'computeScore', outcome: COMPUTED }));
    expect(screen.getByText('已通过功能区“计算得分”完成计算。')).toBeTruthy();
    const findings = screen.getByRole('region', { name: /审核提示/ });
    expect(within(findings).getAllByRole('button')).toHaveLength(3);
  });
});
