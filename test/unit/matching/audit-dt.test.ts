import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit dt', () => {
  it("a C pointer named args is no Python *args; a Python def's is (blind audit dt, dt-code-2)", () => {
    // acpi_call.c's argument parser and procfs write callback, cut to the lines that use the pointer.
    const acpiCall = [
      'err:',
      '    for (i=0; i<*nargs; i++)',
      '        if ((*args)[i].type == ACPI_TYPE_BUFFER && (*args)[i].buffer.pointer)',
      '            kfree((*args)[i].buffer.pointer);',
      '    kfree(*args);',
      '    return NULL;',
      '}',
      '',
      'static ssize_t acpi_proc_write( struct file *filp, const char __user *buff,',
      '    size_t len, loff_t *data )',
      '{',
      "    char input[2 * BUFFER_SIZE] = { '\\0' };",
      '    union acpi_object *args;',
      '    int nargs, i;',
      '    char *method;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(acpiCall, 'c', /^\*args$/), []);
    const python = [
      'def log_call(func):',
      '    def wrapper(*args, **kwargs):',
      '        print(func.__name__, args, kwargs)',
      '        return func(*args, **kwargs)',
      '    return wrapper',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(python, 'python', /^\*args$/), ['python-args-kwargs', 'python-args-kwargs']);
    const prose = [
      '# Python function arguments',
      '',
      'In a Python `def`, `*args` collects the extra positional arguments into a tuple; decorators forward them unchanged.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(prose, 'markdown', /^\*args$/), ['python-args-kwargs']);
  });

  it("an IAM policy's Resource element is no Terraform resource block; the block keyword is (blind audit dt, dt-code-4)", () => {
    // The Lambda / API Gateway main.tf of blind audit dt, cut to one IAM policy.
    const mainTf = [
      'resource "aws_iam_policy" "lambda_policy" {',
      '  name        = "lambda-exec-policy"',
      '  description = "Policy for allowing Lambda execution"',
      '',
      '  policy = jsonencode({',
      '    Version = "2012-10-17",',
      '    Statement = [',
      '      {',
      '        Effect   = "Allow",',
      '        Action   = [',
      '          "lambda:InvokeFunction",',
      '          "logs:PutLogEvents"',
      '        ],',
      '        Resource = "*"',
      '      }',
      '    ]',
      '  })',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mainTf, 'terraform', /^Resource$/), []);
    assert.deepEqual(notesAt(mainTf, 'terraform', /^resource$/), ['terraform']);
  });

  it('exhaustive-deps is the React Hooks lint rule (alias added after blind audit dt, dt-en-1)', () => {
    const memoization = [
      '2.  **Understand Dependency Arrays**:',
      '    *   `useMemo` and `useCallback` rely on their dependency arrays. If you omit a dependency, your memoized value or',
      '        callback might become stale, leading to bugs.',
      '    *   Ensure all variables from the outer scope that are used inside the memoized function or calculation are',
      '        included in the dependency array. ESLint plugins like `eslint-plugin-react-hooks` can help enforce this',
      '        (`exhaustive-deps` rule).',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(memoization, 'markdown', /^exhaustive-deps$/), ['react-hooks']);
  });
});
