import { HELP } from '../../i18n/help';
import { useStrings } from '../strings';

/** The steps a first-time user needs, in the pane itself (loaded when 帮助 is first opened). */
export default function Help({ id }: { readonly id: string }): JSX.Element {
  const { lang } = useStrings();
  const words = HELP[lang];
  return (
    <section id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{words.heading}</h2>
      <ol>
        {words.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
