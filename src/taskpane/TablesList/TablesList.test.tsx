/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadPaneStrings } from '../strings';
import { DETECTION } from '../testing/fakePaneHost';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { TablesList } from './TablesList';

installDomStubs();

describe('TablesList', () => {
  it('lists each table with its sheet, kind and size', () => {
    renderInPane(<TablesList tables={DETECTION.tables} onLocate={() => undefined} />);
    expect(screen.getByRole('heading', { name: '已识别 2 张表' })).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '自评表部门整体 · 40 项 · A2:I42定位',
      '支出决算明细决算 · 21 行 · A3:F24定位',
    ]);
  });

  it('selects a table from its 定位 button', async () => {
    const located: string[] = [];
    renderInPane(<TablesList tables={DETECTION.tables} onLocate={(r) => located.push(r)} />);
    await userEvent.click(screen.getByRole('button', { name: '在工作表中定位 支出决算明细 A3:F24' }));
    expect(located).toEqual(['支出决算明细!A3:F24']);
  });

  it('speaks English when asked, once its words are loaded (they are not in the page)', async () => {
    await loadPaneStrings('en');
    renderInPane(<TablesList tables={DETECTION.tables} onLocate={() => undefined} />, { lang: 'en' });
    expect(screen.getByRole('heading', { name: 'Tables found: 2' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Select / })).toHaveLength(2);
  });
});
