import { AdapterError, userMessage } from '../../src/excel/errors';

let logged: unknown[][];
let spy: jest.SpyInstance;
beforeEach(() => {
  logged = [];
  spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
});
afterEach(() => spy.mockRestore());

test('an error code the add-in has no words for: the general sentence for the user, the original error in the console', () => {
  const error = Object.assign(new Error('Wobbly'), { code: 'SomethingNew' });
  expect(userMessage(error)).toMatchObject({ vi: 'Đã có lỗi khi làm việc với Excel. Hãy thử lại.', en: 'Something went wrong while working with Excel. Please try again.' });
  expect(logged).toHaveLength(1);
  expect(logged[0]).toContain(error);
  // Anything thrown, not only Office's errors.
  userMessage('a string');
  expect(logged[1]).toContain('a string');
});

test("an error with words of its own, or one of Office's known codes, is said as it is and not logged", () => {
  expect(userMessage(Object.assign(new Error('x'), { code: 'AccessDenied' })).vi).toMatch(/^Excel không cho phép thao tác này/);
  expect(userMessage(new AdapterError({ vi: 'Câu riêng.', en: 'Its own words.' }))).toEqual({ vi: 'Câu riêng.', en: 'Its own words.' });
  expect(logged).toEqual([]);
});
