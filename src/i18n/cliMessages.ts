/**
 * Messages for the command line's own lines: the engine's words plus the command line's (summary
 * lines, progress, stopping), which live apart so that the add-in's page never carries them.
 */
import type { Messages } from '../engine/messages';
import type { Lang } from '../engine/settings';
import { cli as en } from './cli.en';
import { cli as zh } from './cli.zh-CN';
import { fill } from './format';
import { createMessages } from './index';

export function cliMessages(lang: Lang): Messages {
  const messages = createMessages(lang);
  const own = lang === 'en' ? en : zh;
  return {
    ...messages,
    label: (key, params) => {
      const template = own[key] ?? zh[key];
      return template === undefined ? messages.label(key, params) : fill(template, params ?? {});
    },
  };
}
