/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RenderedFinding } from '../../adapters/office/host';
import { COMPUTED } from '../testing/fakePaneHost';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { FindingsList, PAGE } from './FindingsList';

installDomStubs();

const findings = COMPUTED.ok ? COMPUTED.findings : [];

describe('FindingsList', () => {
  it('counts findings by severity and groups them by severity, then table', () => {
    const budget: RenderedFinding = {
      code: 'budget.reconcileMismatch',
      severity: 'error',
      sheet: '支出决算明细',
      cell: 'D9',
      params: {},
      message: '合计不平',
    };
    renderInPane(<FindingsList findings={[...findings, budget]} onSelect={() => undefined} />);
    expect(screen.getByRole('heading', { name: /审核提示/ }).textContent).toBe(
      '审核提示 2 错误 · 1 警告 · 1 提示',
    );
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual([
      '1错误 · 自评表',
      '1错误 · 支出决算明细',
      '1警告 · 自评表',
      '1提示 · 自评表',
    ]);
  });

  it('selects the cell of a finding when it is clicked or chosen with the keyboard', async () => {
    const selected: string[] = [];
    renderInPane(<FindingsList findings={findings} onSelect={(r) => selected.push(r)} />);
    await userEvent.click(screen.getByRole('button', { name: /^错误：自评表!H19，/ }));
    screen.getByRole('button', { name: /^警告：自评表!G20，/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual(['自评表!H19', '自评表!G20']);
  });

  it('shows long groups a page at a time', async () => {
    const many: RenderedFinding[] = Array.from({ length: PAGE + 5 }, (_, i) => ({
      ...findings[2]!,
      cell: `G${i + 2}`,
    }));
    renderInPane(<FindingsList findings={many} onSelect={() => undefined} />);
    expect(screen.getAllByRole('button', { name: /^警告：/ })).toHaveLength(PAGE);
    await userEvent.click(screen.getByRole('button', { name: '再显示 5 条' }));
    expect(screen.getAllByRole('button', { name: /^警告：/ })).toHaveLength(PAGE + 5);
  });

  it('says so when there is nothing to report', () => {
    renderInPane(<FindingsList findings={[]} onSelect={() => undefined} />);
    expect(screen.getByText('没有审核提示。')).toBeTruthy();
  });
});
