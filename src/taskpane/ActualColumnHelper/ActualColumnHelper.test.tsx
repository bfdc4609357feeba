/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DetectedTable } from '../../adapters/office/host';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { ActualColumnHelper } from './ActualColumnHelper';

installDomStubs();

const A: DetectedTable = {
  sheet: '自评表',
  kind: 'department',
  rows: 40,
  range: '自评表!A2:I42',
  headerRow: 2,
};
const B: DetectedTable = { sheet: '2021', kind: 'department', rows: 30, range: '2021!B4:J34', headerRow: 4 };

describe('ActualColumnHelper', () => {
  it('inserts the column into the only department table', async () => {
    const inserted: DetectedTable[] = [];
    renderInPane(<ActualColumnHelper tables={[A]} onInsert={(t) => inserted.push(t)} />);
    expect(screen.queryByRole('combobox')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '插入“实际完成值”列' }));
    expect(inserted).toEqual([A]);
  });

  it('lets the user choose among several tables', async () => {
    const inserted: DetectedTable[] = [];
    renderInPane(<ActualColumnHelper tables={[A, B]} onInsert={(t) => inserted.push(t)} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '指标表' }), '2021!B4:J34');
    await userEvent.click(screen.getByRole('button', { name: '插入“实际完成值”列' }));
    expect(inserted).toEqual([B]);
  });
});
