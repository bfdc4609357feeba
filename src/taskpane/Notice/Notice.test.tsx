/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { Notice } from './Notice';

installDomStubs();

describe('Notice', () => {
  it('is a group named by its title', () => {
    renderInPane(
      <Notice intent="error" title="未能完成计算">
        单元格正在编辑，请按 Enter 或 Esc 后重试。
      </Notice>,
    );
    const group = screen.getByRole('group', { name: '未能完成计算' });
    expect(group.textContent).toBe('未能完成计算单元格正在编辑，请按 Enter 或 Esc 后重试。');
  });

  it('may have no title', () => {
    renderInPane(<Notice intent="success">已恢复 3 个单元格。</Notice>);
    expect(screen.getByRole('group').textContent).toBe('已恢复 3 个单元格。');
  });
});
