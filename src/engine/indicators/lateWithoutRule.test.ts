/**
 * A date done late with no 评分标准: 0 under the 10号 default, or left to the reviewer with the setting
 * `lateWithoutRule: 'manual'` (seven such rows of five blind rounds, hunt103–hunt113, were declined by
 * their reviewers: 10号 states no deduction for lateness).
 */
import { PROJECT_HEADER } from '../../../test/support/templates';
import { withDefaults } from '../settings';
import { readIndicatorTables } from './readIndicatorTables';
import { scoreTable } from './scoreTable';

const sheet = {
  name: '项目自评',
  rows: [
    ['项目支出绩效自评表'],
    [...PROJECT_HEADER],
    ['产出指标', '时效指标', '危桥改造完成时限', '2023年10月底前', '2023年12月15日完工', 3, null, '汛期停工'],
    ['产出指标', '时效指标', '资金拨付时间', '2023年9月30日前', '2023年9月20日拨付', 2, 2, null],
  ],
  merges: [],
};

const scores = (lateWithoutRule: 'zero' | 'manual') => {
  const [table] = readIndicatorTables(sheet);
  return scoreTable(table!, withDefaults({ lateWithoutRule }), [sheet.name]).indicators.map((i) => i.score);
};

it('scores a late date 0 by default and leaves it to the reviewer with `manual`', () => {
  expect(scores('zero')).toEqual([0, 2]);
  expect(scores('manual')).toEqual([null, 2]);
});
