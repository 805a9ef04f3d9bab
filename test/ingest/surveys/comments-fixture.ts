/**
 * The answers of the comment columns in test/fixtures/surveys/comments-forms.csv (1, 3 and 10 distinct answers, with
 * names and phone numbers): none may appear in any output.
 */
export const COMMENTS = [
  'Contact me on 07700 900456',
  'Mr Patel at Barnet School was rude to me',
  'Great',
  'More please',
  ...Array.from({ length: 10 }, (_, k) => `Idea number ${k}: ring 020 7946 09${String(k).padStart(2, '0')}`),
];
