import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Docker article of blind audit cr (cr-en-1), cut to the lines that make it a Docker and (through Maven) Java text.
const docker = [
  '# Section 17: Docker Images & Layers - Deep Dive',
  '',
  'In Section 16, we built a multi-stage Dockerfile for Bibby that reduced our image from 680MB to 192MB.',
  '',
  "Docker images aren't monolithic files—they're composed of **read-only layers** stacked on top of each other using a",
  'union filesystem. Each instruction in your Dockerfile creates a new layer.',
  '',
  '- **Slow builds** (re-downloading Maven dependencies every time) vs **fast builds** (cached layers)',
  '',
  '1. **Image layer architecture** - How union filesystems stack layers',
  '2. **Layer caching mechanics** - When Docker reuses vs rebuilds layers',
  '3. **Build cache optimization** - Ordering Dockerfile instructions for maximum cache hits',
  '',
  '```dockerfile',
  '# Layer 1: Base image (maven:3.9.6-eclipse-temurin-17-alpine)',
  'FROM maven:3.9.6-eclipse-temurin-17-alpine AS builder',
  'WORKDIR /build',
  '# Layer 3: Copy pom.xml',
  'COPY pom.xml .',
  '# Layer 4: Download dependencies',
  'RUN mvn dependency:go-offline',
  'COPY src ./src',
  '# Layer 6: Build JAR',
  'RUN mvn clean package -DskipTests',
  '```',
  '',
  '1. **Layer 1 (FROM)**: 187MB - Entire Maven base image',
  '3. **Layer 3 (COPY pom.xml)**: 3.12KB - Just the pom.xml file',
  '4. **Layer 4 (RUN mvn dependency:go-offline)**: 89.7MB - All Maven dependencies downloaded to `/root/.m2`',
  '6. **Layer 6 (RUN mvn clean package)**: 15.2MB - Compiled JAR + test classes + build artifacts',
  '',
  'Docker uses **union filesystems** to combine layers into a single coherent view. On most Linux systems, this is',
  '**OverlayFS**. If you modify an existing file from a lower layer, Docker copies the file to the container layer',
  '(Copy-on-Write).',
  '',
  '### 2.2 Bibby Build Cache Analysis',
  '',
].join('\n');

// The CUDA article of blind audit cr (cr-en-2, NVIDIA's "Writing CUDA SIMT Kernels"), cut to what makes the point.
const cuda = [
  'Title: 2.2. Writing CUDA SIMT Kernels#',
  '',
  'CUDA C++ kernels can largely be written in the same way that traditional CPU code would be written for a given problem.',
  '',
  '2.2.2. Thread Hierarchy',
  '',
  'Threads are organized into thread blocks, which are then organized into a grid. The size of the grid can be queried',
  'inside a kernel with the `gridDim` built-in variable, the index of the thread block with `blockIdx` and the index of',
  'the thread with `threadIdx`.',
  '',
  '2.2.3. GPU Device Memory Spaces',
  '',
  'CUDA devices have several memory spaces that can be accessed by CUDA threads within kernels.',
  '',
  '### 2.2.3.2. Shared Memory',
  '',
  'Shared memory is a memory space that is accessible by all threads in a thread block. It is physically located on',
  'each SM and uses the same physical resource as the L1 cache. Synchronization between threads in the same thread',
  'block can be achieved using the `__syncthreads()` function.',
  '',
  ' __global__  void example_syncthreads(int* input_data, int* output_data) {',
  '  __shared__  int shared_data[128];',
  ' shared_data[threadIdx.x] = input_data[threadIdx.x];',
  ' __syncthreads();',
  '}',
  '',
  '### 2.2.3.4. Local Memory',
  '',
  'Local memory is thread local storage similar to registers and managed by NVCC. Automatic variables that the',
  'compiler is likely to place in local memory are arrays it cannot index with constant quantities.',
  '',
  '### 2.2.3.6. Caches',
  '',
  'GPU devices have a multi-level cache structure which includes L2 and L1 caches.',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit cr', () => {
  it("a Docker text's build cache is Docker's, and its cache hits no CPU cache's (blind audit cr, cr-en-1)", () => {
    assert.deepEqual(notesAt(docker, 'markdown', /^build cache$/i), ['docker-build-cache', 'docker-build-cache']);
    assert.deepEqual(notesAt(docker, 'markdown', /^cache hits?$/i), []);
    const gradle = [
      '# Gradle builds',
      '',
      'Gradle runs the tasks of `build.gradle` (the `java` plugin adds `compileJava`, `test` and `jar`). A task whose inputs',
      'have not changed is UP-TO-DATE, and the build cache reuses task outputs across machines; the Gradle Wrapper pins',
      'the version. Maven resolves the nearest version instead.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gradle, 'markdown', /^build cache$/), ['gradle']);
    const cpu = [
      '# CPU caches in C++',
      '',
      'A load checks the L1 cache first; on a cache miss it goes to L2 and L3. Iterating a `std::vector` in order gives',
      'a cache hit on almost every element, while a linked list of heap nodes misses often.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpu, 'markdown', /^cache (hit|miss)$/), ['cpu-cache-hierarchy', 'cpu-cache-hierarchy']);
  });

  it("CUDA's shared memory and __syncthreads are CUDA's; POSIX shared memory stays (blind audit cr, cr-en-2)", () => {
    const shared = notesAt(cuda, 'markdown', /^shared memory$/i);
    assert.ok(shared.length >= 2);
    assert.ok(shared.every((n) => n === 'cuda'), shared.join(', '));
    const sync = notesAt(cuda, 'markdown', /^(?:__)?syncthreads$/);
    assert.ok(sync.length >= 2 && sync.every((n) => n === 'cuda'), sync.join(', '));
    const posix = [
      '# POSIX shared memory on Linux',
      '',
      'Two processes map the same object with `shm_open` and `mmap`; the shared memory lives in `/dev/shm` until',
      '`shm_unlink`. The processes must synchronize access themselves, for example with a semaphore.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(posix, 'markdown', /^shared memory$/), ['shared-memory']);
  });

  it('"GPU devices" in a CUDA text are no WebGPU GPUDevice; the WebGPU type is (blind audit cr, cr-en-2)', () => {
    assert.ok(!notesAt(cuda, 'markdown', /GPU/).includes('webgpu'));
    const webgpu = [
      'const adapter = await navigator.gpu.requestAdapter();',
      'const device: GPUDevice = await adapter.requestDevice();',
      'const encoder = device.createCommandEncoder();',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(webgpu, 'typescript', /^GPUDevice$/), ['webgpu']);
  });

  it("C's automatic variables are no Makefile automatic variables; Make's are (blind audit cr, cr-en-2)", () => {
    assert.deepEqual(notesAt(cuda, 'markdown', /^automatic variables?$/i), []);
    const make = [
      '# Writing a Makefile',
      '',
      'A pattern rule builds every object file from its source; the automatic variables `$@` (the target) and `$<` (the',
      'first prerequisite) name them. Mark `clean` as a .PHONY target and run GNU Make with `make -j`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(make, 'markdown', /^automatic variables$/), ['makefile']);
  });

  it("Spring Security's Customizer.withDefaults() is no Vue macro; Vue's withDefaults is (blind audit cr, cr-code-2)", () => {
    const spring = [
      'package com.anlb.readcycle.config;',
      '',
      'import org.springframework.security.config.Customizer;',
      'import org.springframework.security.config.annotation.web.builders.HttpSecurity;',
      'import org.springframework.security.web.SecurityFilterChain;',
      '',
      '@Configuration',
      'public class SecurityConfiguration {',
      '    @Bean',
      '    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {',
      '        http',
      '            .csrf(c -> c.disable())',
      '            .cors(Customizer.withDefaults())',
      '            .oauth2ResourceServer((oauth2) -> oauth2.jwt(Customizer.withDefaults()));',
      '        return http.build();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(spring, 'java', /^withDefaults$/), []);
    const vue = [
      '<script setup lang="ts">',
      'interface Props { msg?: string; labels?: string[] }',
      "const props = withDefaults(defineProps<Props>(), { msg: 'hello', labels: () => ['one', 'two'] })",
      '</script>',
      '',
      '<template>',
      '  <p>{{ props.msg }}</p>',
      '</template>',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vue, 'vue', /^withDefaults$/), ['vue-script-setup']);
  });
});
