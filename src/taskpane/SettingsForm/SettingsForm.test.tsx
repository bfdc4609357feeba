/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_SETTINGS, type Settings } from '../../engine/settings';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { SettingsForm } from './SettingsForm';

installDomStubs();

describe('SettingsForm', () => {
  it('shows the four settings with the current choices checked', () => {
    renderInPane(
      <SettingsForm settings={{ ...DEFAULT_SETTINGS, budgetBasis: 'adjusted' }} onChange={() => undefined} />,
    );
    for (const name of ['扣分步长', '执行率分母', '已填得分与计算不一致时', '界面语言'])
      expect(screen.getByRole('radiogroup', { name })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '整步' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '全年预算' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '保留并标注' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '中文' }).checked).toBe(true);
  });

  it('reports each change as one setting', async () => {
    const changes: Partial<Settings>[] = [];
    renderInPane(<SettingsForm settings={DEFAULT_SETTINGS} onChange={(c) => changes.push(c)} />);
    await userEvent.click(screen.getByRole('radio', { name: '按比例' }));
    await userEvent.click(screen.getByRole('radio', { name: '实际到位' }));
    await userEvent.click(screen.getByRole('radio', { name: '覆盖' }));
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(changes).toEqual([
      { stepMode: 'proportional' },
      { budgetBasis: 'received' },
      { overwritePolicy: 'overwrite' },
      { lang: 'en' },
    ]);
  });

  it('announces the save status', () => {
    renderInPane(
      <SettingsForm settings={DEFAULT_SETTINGS} onChange={() => undefined} status="设置已保存到工作簿。" />,
    );
    expect(screen.getByRole('status').textContent).toBe('设置已保存到工作簿。');
  });
});
