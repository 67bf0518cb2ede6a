import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ej', () => {
  it("the nodejs user of a Dockerfile is no Node.js; the nodejs package is (blind audit ej, ej-en-2)", () => {
    // The Node.js multi-stage example of talhatumer/md-notebook's Docker guide (ej-en-2), cut.
    const guide = [
      '### Complete Example: Node.js Application',
      '',
      '```dockerfile',
      '# Production stage',
      'FROM node:18-alpine',
      '',
      '# Security: Create non-root user',
      'RUN addgroup -g 1001 -S nodejs && \\',
      '    adduser -S nodejs -u 1001',
      '',
      'WORKDIR /app',
      '',
      '# Copy only necessary files from builder',
      'COPY --from=builder --chown=nodejs:nodejs /app/dist ./dist',
      'COPY --from=builder --chown=nodejs:nodejs /app/node_modules ./node_modules',
      '',
      '# Switch to non-root user',
      'USER nodejs',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(guide, 'markdown', /^nodejs$/i), []);
    const install = [
      '# Building the front end in Docker',
      '',
      '```dockerfile',
      'FROM ubuntu:22.04',
      'RUN apt-get update && apt-get install -y nodejs npm',
      'COPY package.json .',
      'RUN npm ci',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(install, 'markdown', /^nodejs$/i), ['nodejs']);
  });

  it("an iOS bundle name is no HarmonyOS app.json5 field; HarmonyOS's bundleName is (blind audit ej, ej-code-2)", () => {
    // isowords' Sources/ApiClientLive/LiveKey.swift (ej-code-2), cut.
    const swift = [
      'import Foundation',
      '',
      '    actor Session {',
      '      func request(route: ServerRoute) async throws -> (Data, URLResponse) {',
      '        try await ApiClientLive.request(baseUrl: self.baseUrl.value, route: route, router: self.router)',
      '      }',
      '    }',
      '',
      'extension URLRequest {',
      '  fileprivate mutating func setHeaders() {',
      '    guard let infoDictionary = Bundle.main.infoDictionary else { return }',
      '',
      '    let bundleName = infoDictionary[kCFBundleNameKey as String] ?? "isowords"',
      '    let marketingVersion = infoDictionary["CFBundleShortVersionString"].map { "/\\($0)" } ?? ""',
      '    let bundleVersion = infoDictionary[kCFBundleVersionKey as String].map { " bundle/\\($0)" } ?? ""',
      '',
      '    self.setValue(',
      '      "\\(bundleName)\\(marketingVersion)\\(bundleVersion)", forHTTPHeaderField: "User-Agent")',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(swift, 'swift', /bundleName/i), []);
    const harmony = [
      '# HarmonyOS app configuration',
      '',
      'In `AppScope/app.json5`, the `app` object holds `bundleName` (the reverse-domain id of the app), `versionCode` and',
      '`versionName`; each `module.json5` declares the module type and its abilities.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(harmony, 'markdown', /^bundleName$/), ['app-json5-module-json5']);
  });
});
