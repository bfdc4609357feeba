import { foundLessDone, unfinishedCount } from './leftUndone';

describe('work left undone', () => {
  it('reads the clause of what is left', () => {
    expect(unfinishedCount('发现问题7个，已整改6个，剩余1个正在整改')).toBe(1);
    expect(unfinishedCount('发现问题7个，已整改6个')).toBeNull();
  });

  it('takes what was done from the whole, or the part not done, in two clauses or one', () => {
    expect(foundLessDone('发现问题7个，已整改6个')).toBe(1);
    expect(foundLessDone('发现问题7个，未整改2个')).toBe(2);
    expect(foundLessDone('市政府下达的12项重点任务完成11项')).toBe(1);
    expect(foundLessDone('12项任务未完成2项')).toBe(2);
  });

  it('says nothing of counts in two units, a part past the whole, or no work named', () => {
    expect(foundLessDone('发现问题7个，整改6项')).toBeNull();
    expect(foundLessDone('发现问题7个，已整改8个')).toBeNull();
    expect(foundLessDone('培训7期，参训600人')).toBeNull();
  });
});
