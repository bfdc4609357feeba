/** The dark Fluent theme, in its own chunk: only a pane opened in a dark Office theme loads it. */
export { webDarkTheme } from '@fluentui/react-components';
