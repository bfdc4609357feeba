import { mergeClasses, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useNoticeStyles } from './Notice.styles';

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

export interface NoticeProps {
  readonly intent: NoticeIntent;
  readonly title?: string;
  readonly children: ReactNode;
}

/**
 * A coloured message block. It is not itself a live region (one inserted with its text is not
 * reliably read); the App's status region announces what it says.
 */
export function Notice({ intent, title, children }: NoticeProps): JSX.Element {
  const styles = useNoticeStyles();
  const titleId = useId('notice');
  return (
    <div
      role="group"
      aria-labelledby={title ? titleId : undefined}
      data-intent={intent}
      className={mergeClasses(styles.root, styles[intent])}
    >
      {title && (
        <p id={titleId} className={styles.title}>
          {title}
        </p>
      )}
      <p className={styles.body}>{children}</p>
    </div>
  );
}
