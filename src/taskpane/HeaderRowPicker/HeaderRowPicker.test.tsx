/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { HeaderRowPicker } from './HeaderRowPicker';

installDomStubs();

describe('HeaderRowPicker', () => {
  it('saves the chosen sheet and header row', async () => {
    const saved: [string, number][] = [];
    renderInPane(<HeaderRowPicker sheetNames={['封面', '评分表']} onSave={(s, r) => saved.push([s, r])} />);
    expect(screen.getByRole('form', { name: '选择表头所在行' })).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '工作表' }), '评分表');
    await userEvent.type(screen.getByRole('spinbutton', { name: /表头所在行/ }), '4');
    await userEvent.click(screen.getByRole('button', { name: '保存并重新识别' }));
    expect(saved).toEqual([['评分表', 4]]);
  });

  it('refuses a row that is not a row number', async () => {
    const saved: unknown[] = [];
    renderInPane(<HeaderRowPicker sheetNames={['评分表']} onSave={(s, r) => saved.push([s, r])} />);
    await userEvent.type(screen.getByRole('spinbutton', { name: /表头所在行/ }), '0');
    await userEvent.keyboard('{Enter}');
    expect(saved).toEqual([]);
    expect(screen.getByText('请填写 1 到 1048576 之间的行号')).toBeTruthy();
  });

  it('starts from a row saved earlier', () => {
    renderInPane(
      <HeaderRowPicker sheetNames={['评分表']} headerRows={{ 评分表: 3 }} onSave={() => undefined} />,
    );
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: /表头所在行/ }).value).toBe('3');
  });
});
