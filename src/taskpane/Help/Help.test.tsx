/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App/App';
import { FakePaneHost } from '../testing/fakePaneHost';
import { installDomStubs, renderInPane } from '../testing/renderInPane';

installDomStubs();

describe('帮助', () => {
  it('opens the steps a first-time user needs beside 撤销上次计算 and 设置, and closes them', async () => {
    renderInPane(<App />, { host: new FakePaneHost() });
    const user = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: '帮助' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // the help text is loaded on demand: it may come a moment after the click
    const help = await screen.findByRole('region', { name: '使用说明' });
    expect(toggle.getAttribute('aria-controls')).toBe(help.id);
    const steps = help.querySelectorAll('li');
    expect(steps).toHaveLength(6);
    expect(steps[1]!.textContent).toBe(
      '单元格颜色：浅红为错误，浅黄为警告，浅紫为佐证不足，浅蓝为系统计算；批注写明原因。',
    );
    await user.click(toggle);
    expect(screen.queryByRole('region', { name: '使用说明' })).toBeNull();
  });
});
