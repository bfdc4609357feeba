import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useComputeProgressStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  steps: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  step: {
    '::after': {
      content: '"→"',
      marginLeft: tokens.spacingHorizontalXS,
      color: tokens.colorNeutralForeground4,
    },
    ':last-child::after': { content: '""' },
  },
  current: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground2 },
  status: { ...typographyStyles.body1 },
});
