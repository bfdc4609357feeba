import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSettingsFormStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  status: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, minHeight: '16px' },
});
