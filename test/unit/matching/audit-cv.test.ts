import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Mockito test of blind audit cv (cv-code-2), cut to the lines that make the point.
const mockito = [
  'import org.junit.jupiter.api.Test;',
  'import org.junit.jupiter.api.extension.ExtendWith;',
  'import org.mockito.*;',
  'import org.mockito.junit.jupiter.MockitoExtension;',
  '',
  '/**',
  ' * MOCKITO CORE CONCEPTS DEMONSTRATION',
  ' * 5. when().thenReturn() for stubbing method calls',
  ' * 7. verify() for verifying method calls',
  ' * 8. Argument matchers (any(), eq(), anyString(), etc.)',
  ' */',
  '@ExtendWith(MockitoExtension.class)',
  'class UserServiceMockitoTest {',
  '    @Mock',
  '    private UserRepository userRepository;',
  '',
  '    @Test',
  '    @DisplayName("Test createUser with argument matchers")',
  '    void testGetUserById_WhenUserExists() {',
  '        when(userRepository.findById(1L)).thenReturn(Optional.of(testUser));',
  '        User result = userService.getUserById(1L);',
  '        assertEquals(1L, result.getId());',
  '        // VERIFY: Check that repository method was called exactly once',
  '        verify(userRepository, times(1)).findById(1L);',
  '    }',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit cv', () => {
  it("Mockito's argument matchers are no assertion matchers; Hamcrest's are (blind audit cv, cv-code-2)", () => {
    assert.deepEqual(notesAt(mockito, 'java', /^matchers$/i), []);
    const hamcrest = [
      '# Unit testing with JUnit',
      '',
      'A test ends in assertions. Hamcrest offers matchers such as `equalTo` and `hasItem`:',
      '`assertThat(actual, equalTo(expected))` reads like a sentence, and a failed assertion names what was expected.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hamcrest, 'markdown', /^matchers$/), ['assertion']);
  });

  it('a mock called exactly once is no delivery guarantee; a record processed exactly once is (blind audit cv, cv-code-2)', () => {
    assert.deepEqual(notesAt(mockito, 'java', /^exactly once$/i), []);
    const kafka = [
      '# Kafka transactions',
      '',
      'With an idempotent producer and transactions, a consumer-process-produce loop handles each record exactly once,',
      'even when a broker fails over; without them the delivery guarantee is at-least-once.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kafka, 'markdown', /^exactly once$/), ['delivery-semantics']);
  });

  it('"Pause and Reflect" is no JavaScript Reflect; the Reflect object is (blind audit cv, cv-en-1)', () => {
    const oauth = [
      '### Example 3: The Mobile App (PKCE Flow)',
      '',
      '```javascript',
      '// PKCE implementation in JavaScript',
      'function generateCodeChallenge(verifier) {',
      '    const data = new TextEncoder().encode(verifier);',
      "    return crypto.subtle.digest('SHA-256', data).then(digest => base64URLEncode(new Uint8Array(digest)));",
      '}',
      '```',
      '',
      '**Pause and Reflect**: Notice how each flow solves a different problem:',
      '',
      '- Authorization Code: Web apps with secure backends',
      '- PKCE: Public clients that can\'t store secrets',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(oauth, 'markdown', /^Reflect$/), []);
    const proxy = [
      '# JavaScript Proxy',
      '',
      'A JavaScript Proxy wraps an object and intercepts its operations with traps:',
      '',
      '```javascript',
      'const logged = new Proxy(target, {',
      '  get(obj, key, receiver) {',
      '    console.log(key);',
      '    return Reflect.get(obj, key, receiver);',
      '  },',
      '});',
      '```',
      '',
      'Reflect is a built-in object whose methods mirror the proxy traps one for one.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(proxy, 'markdown', /^Reflect$/), ['js-proxy-reflect']);
  });

  it("nginx's ip_hash is explained by the load-balancer note (blind audit cv, cv-zh-1)", () => {
    const nginx = [
      '1. 如今负载均衡初步完毕了。upstream依照轮询（默认）方式进行负载，每一个请求按时间顺序逐一分配到不同的后端服务器。',
      '',
      '**ip_hash（访问ip）**， 每一个请求按访问ip的hash结果分配。这样每一个访客固定访问一个后端服务器，能够解决session的问题。',
      '',
      '```',
      'upstream favresin{',
      '     ip_hash;',
      '     server 10.0.0.10:8080;',
      '     server 10.0.0.11:8080;',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(nginx, 'markdown', /^ip_hash$/), ['load-balancer', 'load-balancer']);
  });
});
