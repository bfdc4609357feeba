/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SUMMARY } from '../testing/fakePaneHost';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { Summary } from './Summary';

installDomStubs();

describe('Summary', () => {
  it('shows the total with its grade, the groups and the evidence counts', () => {
    renderInPane(<Summary tables={[SUMMARY]} onOpenResults={() => undefined} />);
    expect(screen.getByRole('heading', { name: '结果' })).toBeTruthy();
    expect(screen.getByLabelText('自评表 总分 98.00 分（满分 100 分），等级 优')).toBeTruthy();
    expect(screen.getByText('优')).toBeTruthy();
    const table = screen.getByRole('table', { name: '自评表 各级指标得分' });
    const [header, ...body] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['指标', '分值', '得分']);
    const rows = body.map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['内部管理', '30', '28'],
      ['预算管理', '10', '8'],
      ['部门履职', '70', '70'],
    ]);
    expect(screen.getByText('佐证：缺失 2 · 较弱 9 · 完整 29')).toBeTruthy();
  });

  it('opens the 评价结果 sheet', async () => {
    let opened = 0;
    renderInPane(<Summary tables={[SUMMARY]} onOpenResults={() => (opened += 1)} />);
    await userEvent.click(screen.getByRole('button', { name: '查看评价结果表' }));
    expect(opened).toBe(1);
  });

  it('names each table when there are several', () => {
    const other = {
      ...SUMMARY,
      sheet: '项目表',
      range: '项目表!A1:K20',
      grade: 'poor' as const,
      totalScore: 55.5,
    };
    renderInPane(<Summary tables={[SUMMARY, other]} onOpenResults={() => undefined} />);
    expect(screen.getByRole('heading', { name: '项目表' })).toBeTruthy();
    expect(screen.getByLabelText('项目表 总分 55.50 分（满分 100 分），等级 差')).toBeTruthy();
  });

  it('says how many rows wait for a manual score, and marks a grade they could still change', () => {
    const pending = {
      ...SUMMARY,
      totalScore: 86.29,
      grade: 'good' as const,
      pending: { indicators: 1, weight: 10, unchecked: 0, uncheckedWeight: 0, gradeSettled: false },
      groups: [
        ...SUMMARY.groups,
        { level: 1 as const, name: '满意度', weight: 10, score: 0, allPending: true },
      ],
    };
    renderInPane(<Summary tables={[pending]} onOpenResults={() => undefined} />);
    expect(screen.getByText('另有 1 项（10 分）待人工评分，未计入总分')).toBeTruthy();
    // a group with every row pending has no score yet, not 0
    expect(screen.getByRole('row', { name: /满意度/ }).textContent).toBe('满意度10待评');
    expect(screen.getByLabelText('自评表 总分 86.29 分（满分 100 分），等级 良（待定）')).toBeTruthy();
  });

  it('says how many typed scores were kept unchecked when they leave the grade provisional', () => {
    const unchecked = {
      ...SUMMARY,
      totalScore: 88,
      grade: 'good' as const,
      pending: { indicators: 0, weight: 0, unchecked: 3, uncheckedWeight: 25, gradeSettled: false },
    };
    renderInPane(<Summary tables={[unchecked]} onOpenResults={() => undefined} />);
    expect(screen.getByText('3 项（25 分）沿用填写的自评得分，未经核验')).toBeTruthy();
    expect(screen.getByLabelText('自评表 总分 88.00 分（满分 100 分），等级 良（待定）')).toBeTruthy();
  });
});
