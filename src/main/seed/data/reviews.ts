/** Review wording, chosen by star rating. `{noun}` is replaced with the product's noun. */

export const REVIEW_TITLES: Readonly<Record<number, readonly string[]>> = {
  1: ['Very disappointed', 'Broke after a week', 'Would not buy again', 'Not as described'],
  2: ['Not great', 'Expected more for the price', 'Mediocre quality', 'Okay at best'],
  3: ['Does the job', 'Average', 'Decent for the price', 'Mixed feelings'],
  4: ['Really good', 'Happy with it', 'Great value', 'Solid {noun}'],
  5: ['Absolutely love it', 'Best {noun} I have owned', 'Exceeded expectations', 'Perfect', 'Highly recommend'],
};

export const REVIEW_OPENERS: Readonly<Record<number, readonly string[]>> = {
  1: ['This {noun} stopped working almost right away.', 'Quality is far below what the photos suggest.', 'I returned it within days.'],
  2: ['The {noun} works, but it feels cheap.', 'Shipping was fast, the product less impressive.', 'Some parts were loose out of the box.'],
  3: ['It is a fine {noun} for everyday use.', 'Nothing special, nothing wrong either.', 'Works as expected with a few quirks.'],
  4: ['Very pleased with this {noun}.', 'Good build quality and it arrived quickly.', 'Does everything I needed.'],
  5: ['I use this {noun} every day and love it.', 'Outstanding quality, worth every cent.', 'Bought a second one as a gift.'],
};

export const REVIEW_DETAILS = [
  'Setup took a few minutes.',
  'The packaging was sturdy and recyclable.',
  'Customer service answered within a day.',
  'It looks even better in person.',
  'Battery and build feel solid.',
  'Sizing runs slightly small.',
  'Instructions could be clearer.',
  'My family uses it all the time.',
] as const;

export const PROS = ['Great value', 'Well made', 'Easy to use', 'Looks great', 'Fast delivery', 'Comfortable', 'Quiet', 'Lightweight', 'Easy to clean'] as const;
export const CONS = ['Pricey', 'Instructions unclear', 'Heavier than expected', 'Limited colours', 'Packaging wasteful', 'Runs small', 'Short cable'] as const;

export const REPORT_REASONS = ['spam', 'offensive language', 'off-topic', 'fake review', 'contains personal information'] as const;

export const ADMIN_REPLIES = [
  'Thank you for the kind words, we are glad you enjoy it!',
  'Sorry to hear about your experience. Our support team will reach out to make it right.',
  'Thanks for the feedback, we have passed it on to the product team.',
] as const;
