import * as assert from 'node:assert/strict';
import { importsNamedModule } from '../../../src/core/module-imports';

describe('importsNamedModule', () => {
  it('reads the import statements of Python, Java, JavaScript, Go, Rust and C', () => {
    const cases: [string, string, boolean][] = [
      ['import os, logging\n', 'logging', true],
      ['import logging.handlers as lh\n', 'logging', true],
      ['from logging import getLogger\n', 'logging', true],
      ['from mylogging import getLogger\n', 'logging', false],
      ['import logging_utils\n', 'logging', false],
      ['# logging is configured in main.py\nlogging = None\n', 'logging', false],
      ['import static java.util.logging.Level.INFO;\n', 'java.util.logging', true],
      ["import pino from 'pino';\n", 'pino', true],
      ["const pino = require('pino')();\n", 'pino', true],
      ["const { Injectable } = await import('@nestjs/common');\n", '@nestjs/common', true],
      ["import x from 'pino-pretty';\n", 'pino', false],
      ['console.log("pino")\n', 'pino', false],
      ['import "log/slog"\n', 'log/slog', true],
      ['import (\n\t"fmt"\n\tslog "log/slog"\n)\n', 'log/slog', true],
      ['var s = "log/slog"\n', 'log/slog', false],
      ['use tracing::{info, warn};\n', 'tracing', true],
      ['#include <syslog.h>\n', 'syslog.h', true],
    ];
    for (const [text, module, expected] of cases) assert.equal(importsNamedModule(text, module), expected, `${module} in ${JSON.stringify(text)}`);
  });
});
