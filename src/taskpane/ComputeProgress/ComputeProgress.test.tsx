/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { ComputeProgress } from './ComputeProgress';

installDomStubs();

describe('ComputeProgress', () => {
  it('names the current step and marks it in the step list', () => {
    renderInPane(<ComputeProgress progress={{ step: 'write', fraction: 0.9 }} />);
    const bar = screen.getByRole('progressbar', { name: '正在计算…' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0.9');
    expect(screen.getByRole('status').textContent).toBe('第 4 步，共 4 步：写回');
    const steps = within(screen.getByRole('list', { name: '计算步骤' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(['读取工作表', '识别表格', '计算', '写回']);
    expect(steps[3]!.getAttribute('aria-current')).toBe('step');
  });

  it('is indeterminate before the first step', () => {
    renderInPane(<ComputeProgress progress={null} />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('正在计算…');
  });
});
