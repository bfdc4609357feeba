/**
 * hunt121, read as a row is: a rule's points on top for a case the actual tells (`创建省级示范单位的
 * 加1分`, dropped unread: 3.5 for 4), a rule column holding `/` (no rule: the 10号 defaults, not
 * unreadable), and rules in a note under the table naming their kind without a colon (`注：1.时效指标
 * 未按期完成的，每逾期10天扣1分`: the 10号 default's 0 for a date 20 days late).
 */
import { withDefaults } from '../settings';
import { readIndicatorTables } from './readIndicatorTables';
import { scoreTable } from './scoreTable';

const scores = (rows: (string | number | null)[][]): (number | null)[] => {
  const sheet = { name: '自评', rows, merges: [] };
  const [table] = readIndicatorTables(sheet);
  return scoreTable(table!, withDefaults({}), [sheet.name]).indicators.map((i) => i.score);
};

const header = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准'];

it('adds a bonus the actual tells of, up to the weight, and none it denies', () => {
  const rule = '达70%得满分；每低1个百分点扣0.5分；创建省级示范单位的加1分（本项不超过满分）';
  expect(
    scores([
      header,
      ['履职效果', '社会效益', '节约型机关创建达标率', '≥70%', '68.2%，新增省级示范单位2家', 4, 4.5, rule],
      ['履职效果', '社会效益', '节约型机关创建达标率', '≥70%', '66.2%，新增省级示范单位2家', 4, 3.5, rule],
      ['履职效果', '社会效益', '节约型机关创建达标率', '≥70%', '66.2%，未创建省级示范单位', 4, 2.5, rule],
    ]),
  ).toEqual([4, 3.5, 2.5]);
});

it('reads `/` in the rule column as no rule', () => {
  expect(scores([header, ['产出', '数量', '储备粮轮换计划完成率', '≥95%', '91.67%', 4, 3.67, '/']])).toEqual([
    3.86,
  ]);
});

it('takes a rule from a note naming its kind without a colon', () => {
  expect(
    scores([
      header.slice(0, 7),
      ['产出指标', '时效指标', '项目完工时间', '2023年11月30日前', '2023年12月20日', 5, 4],
      ['产出指标', '数量指标', '改造小区数量', '≥32个', '32个', 5, 5],
      ['总分', null, null, null, null, 10, 9],
      ['注：1.时效指标未按期完成的，每逾期10天扣1分，扣完为止；'],
    ]),
  ).toEqual([3, 5]);
});
