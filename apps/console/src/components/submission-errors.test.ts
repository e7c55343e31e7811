import { describe, expect, it } from 'vitest';
import { placeSubmissionErrors } from './submission-errors.js';

describe('placeSubmissionErrors', () => {
  it('keeps errors on the fields the form has, and the form-level message', () => {
    expect(
      placeSubmissionErrors(
        { statement: '必填', root: { serverError: '必填' } },
        new Set(['statement', 'files']),
      ),
    ).toEqual({ statement: '必填', root: { serverError: '必填' } });
  });

  it('renames a server field to the form’s own through the aliases', () => {
    expect(
      placeSubmissionErrors({ evidence: '须先上传佐证材料' }, new Set(['statement', 'files']), {
        evidence: 'files',
      }),
    ).toEqual({ files: '须先上传佐证材料' });
  });

  it('leaves an error on a field the form lacks to the form-level message, never on a hidden field', () => {
    const placed = placeSubmissionErrors({ evidence: '须先上传佐证材料' }, new Set(['statement']));
    expect(placed).toEqual({ root: { serverError: '须先上传佐证材料' } });
    expect(placed).not.toHaveProperty('evidence');
  });
});
