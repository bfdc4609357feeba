import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useActualColumnHelperStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  body: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});
