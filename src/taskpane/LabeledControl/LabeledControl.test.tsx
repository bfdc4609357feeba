/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { installDomStubs, renderInPane } from '../testing/renderInPane';
import { LabeledNumber, LabeledSelect } from './LabeledControl';

installDomStubs();

function RowInput({ error }: { error?: string }): JSX.Element {
  const [value, setValue] = useState('');
  return <LabeledNumber label="行号" hint="例如 2" error={error} value={value} onChange={setValue} />;
}

describe('LabeledControl', () => {
  it('labels a select and reports the chosen value', async () => {
    const chosen: string[] = [];
    renderInPane(
      <LabeledSelect
        label="工作表"
        value="a"
        options={[
          { value: 'a', label: '封面' },
          { value: 'b', label: '评分表' },
        ]}
        onChange={(v) => chosen.push(v)}
      />,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '工作表' }), '评分表');
    expect(chosen).toEqual(['b']);
  });

  it('describes a number input by its hint, or by its error when invalid', async () => {
    renderInPane(<RowInput />);
    const input = screen.getByRole('spinbutton', { name: '行号' });
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByText('例如 2').id);
    await userEvent.type(input, '12');
    expect((input as HTMLInputElement).value).toBe('12');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks an invalid number input and reads the error with it', () => {
    renderInPane(<RowInput error="请填写行号" />);
    const input = screen.getByRole('spinbutton', { name: '行号' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(screen.getByRole('alert').textContent).toBe('请填写行号');
  });
});
