import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GeneralSection } from '../../../../src/renderer/src/features/catalog/components/editor/GeneralSection';
import { PricingSection } from '../../../../src/renderer/src/features/catalog/components/editor/PricingSection';
import { emptyForm, serverFieldErrors, uniquenessErrors } from '../../../../src/renderer/src/features/catalog/editor-form';
import { useFieldFeedback, useProductForm } from '../../../../src/renderer/src/features/catalog/hooks/editor/useProductForm';

/** The General and Pricing sections on the editor's form state, with a stand-in for a refused save. */
function Harness({ serverFields, known = {} }: { serverFields: Record<string, string>; known?: Record<string, string> }) {
  const form = useProductForm(() => ({ ...emptyForm(), price: { regular: '100', sale: '', currency: 'USD' } }));
  const { feedback } = useFieldFeedback(form, known);
  return (
    <>
      <GeneralSection form={form.form} onChange={form.change} feedback={feedback} />
      <PricingSection price={form.form.price} onChange={(price) => form.change((current) => ({ ...current, price }))} feedback={feedback} />
      <button type="button" onClick={() => form.rejected(serverFieldErrors(serverFields))}>
        Refuse
      </button>
      <button type="button" onClick={form.attempt}>
        Try to save
      </button>
      <output aria-label="dirty">{String(form.dirty)}</output>
    </>
  );
}

const field = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name}`) });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

describe('messages under the fields', () => {
  it('shows a schema message once the field was left, tied to it, and updates it as the user types', () => {
    render(<Harness serverFields={{}} />);
    type('Sale price', '150');
    expect(field('Sale price')).not.toHaveAttribute('aria-invalid', 'true');
    fireEvent.blur(field('Sale price'));
    expect(field('Sale price')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Sale price')).toHaveAccessibleDescription('Must be below the regular price');
    type('Sale price', '80');
    expect(field('Sale price')).toHaveAccessibleDescription('Optional; below the regular price');
    // The rule is about both prices: lowering the regular one brings the message back.
    type('Regular price', '70');
    expect(field('Sale price')).toHaveAccessibleDescription('Must be below the regular price');
  });

  it('shows every message once a save was tried', () => {
    render(<Harness serverFields={{}} />);
    expect(field('Name')).not.toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Try to save' }));
    expect(field('Name')).toHaveAccessibleDescription('At least 3 characters');
    expect(field('Description')).toHaveAccessibleDescription('Required');
    expect(field('SKU')).toHaveAccessibleDescription('Required');
  });

  it("puts the main process's `product.` fields under the same inputs, until they change", () => {
    render(<Harness serverFields={{ 'product.sku': 'Used by "Road Shoe"' }} />);
    type('SKU', 'SHOE-1');
    fireEvent.click(screen.getByRole('button', { name: 'Refuse' }));
    expect(field('SKU')).toHaveAccessibleDescription('Used by "Road Shoe"');
    expect(field('SKU')).toHaveValue('SHOE-1');
    type('SKU', 'SHOE-12');
    expect(field('SKU')).toHaveAccessibleDescription('Unique stock-keeping unit');
  });

  it('says at once which product already uses the SKU', () => {
    render(<Harness serverFields={{}} known={uniquenessErrors({ sku: { id: '65f000000000000000000102', name: 'Road Shoe' }, slug: null })} />);
    expect(field('SKU')).toHaveAccessibleDescription('Used by "Road Shoe"');
    expect(field('Slug')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('generates the slug from the name until the slug is edited, and knows the form changed', () => {
    render(<Harness serverFields={{}} />);
    expect(screen.getByLabelText('dirty')).toHaveTextContent('false');
    type('Name', 'Blue Mug');
    expect(field('Slug')).toHaveValue('blue-mug');
    expect(screen.getByLabelText('dirty')).toHaveTextContent('true');
    type('Slug', 'my-mug');
    type('Name', 'Blue Mug XL');
    expect(field('Slug')).toHaveValue('my-mug');
  });
});
