import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSettingsFormStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  choice: { display: 'flex', flexDirection: 'column' },
  label: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1 },
  status: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, minHeight: '16px' },
});
