import type { CellValue, SheetInput } from '../grid/types';
import { MergeIndex } from '../grid/merges';
import { proseParts, splitProse } from './proseCell';

describe('splitProse', () => {
  it('splits a labelled target and actual (hunt40: 17 rows unscored, “缺少实际完成值”)', () => {
    expect(splitProse('年度目标：完成农村公路日常养护1,260公里；实际完成：1,198公里', false)).toEqual({
      target: '完成农村公路日常养护1,260公里',
      actual: '1,198公里',
      score: null,
    });
    expect(splitProse('目标：健全；完成：健全', false)).toEqual({
      target: '健全',
      actual: '健全',
      score: null,
    });
    expect(splitProse('指标值:≥95%; 完成情况: 申领12,460人，已发放11,530张。', false)).toEqual({
      target: '≥95%',
      actual: '申领12,460人，已发放11,530张',
      score: null,
    });
    expect(splitProse('≥90%；实际完成值：92%', false)).toEqual({
      target: '≥90%',
      actual: '92%',
      score: null,
    });
  });

  it('takes a typed score out of the actual when the 得分 column is merged in', () => {
    expect(splitProse('年度目标：11月30日前完成；实际完成：12月15日完工，自评得3分', true)).toEqual({
      target: '11月30日前完成',
      actual: '12月15日完工',
      score: '3',
    });
    expect(splitProse('年度目标：≥90%；实际完成：达标171个；自评得分：8.5分。', true)).toMatchObject({
      actual: '达标171个',
      score: '8.5',
    });
    expect(splitProse('年度目标：≥90%；实际完成：全市达标171个，得9分', true)).toMatchObject({ score: '9' });
    // the 得分 column has its own cell: the words stay in the actual
    expect(splitProse('年度目标：≥90%；实际完成：达标，得9分', false)).toMatchObject({
      actual: '达标，得9分',
      score: null,
    });
  });

  it('leaves text without an actual label, or with nothing on one side, alone', () => {
    expect(splitProse('完成农村公路日常养护1,260公里', false)).toBeNull();
    expect(splitProse('年度目标：完成养护任务', false)).toBeNull();
    expect(splitProse('实际完成：1,198公里', false)).toBeNull();
    expect(splitProse('年度目标：1,260公里；实际完成：', false)).toBeNull();
    // 完成 inside a sentence is no label
    expect(splitProse('按期完成：验收合格', false)).toBeNull();
  });
});

describe('proseParts', () => {
  const cols = { target: 1, actual: 2, score: 3 };
  const sheet = (rows: CellValue[][], merges: SheetInput['merges'] = []): SheetInput => ({
    name: 's',
    rows,
    merges,
  });

  it('reads the cell merged across the target and actual columns', () => {
    const s = sheet(
      [['x', '年度目标：≥400人；实际完成：参训352人', null, 4]],
      [{ top: 0, left: 1, bottom: 0, right: 2 }],
    );
    expect(proseParts(s, 0, cols, new MergeIndex(s.merges))).toEqual({
      target: '≥400人',
      actual: '参训352人',
      score: null,
    });
  });

  it('with the 得分 column merged in too, its score', () => {
    const s = sheet(
      [['x', '年度目标：≥90%；实际完成：达标171个，自评得9分', null, null]],
      [{ top: 0, left: 1, bottom: 0, right: 3 }],
    );
    expect(proseParts(s, 0, cols, new MergeIndex(s.merges))).toMatchObject({ score: '9' });
  });

  it('reads an unmerged target cell only when it is labelled and the actual cell is blank', () => {
    const labelled = sheet([['x', '年度目标：≥400人；实际完成：参训352人', null, 4]]);
    expect(proseParts(labelled, 0, cols, new MergeIndex())).toMatchObject({ actual: '参训352人' });
    const typed = sheet([['x', '年度目标：≥400人；实际完成：参训352人', '352人', 4]]);
    expect(proseParts(typed, 0, cols, new MergeIndex())).toBeNull();
    const unlabelled = sheet([['x', '≥400人；实际完成：参训352人', null, 4]]);
    expect(proseParts(unlabelled, 0, cols, new MergeIndex())).toBeNull();
  });
});
