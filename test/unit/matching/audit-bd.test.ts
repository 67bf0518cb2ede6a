import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bd', () => {
  it("NVIDIA's TensorRT is no tensor; a tensor of a CUDA program is (blind audit bd, bd-code-4)", () => {
    // As in the audited CMakeLists.txt: the project includes one CMake module per dependency.
    const cmake = [
      'cmake_minimum_required(VERSION 3.10)',
      'set(CMAKE_CXX_STANDARD 17)',
      'include(${PROJECT_SOURCE_DIR}/cmake/OpenCV.cmake)',
      'include(${PROJECT_SOURCE_DIR}/cmake/CUDA.cmake)',
      'include(${PROJECT_SOURCE_DIR}/cmake/TensorRT.cmake)',
      'add_executable(raft_estimator src/inference.cpp)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cmake, 'cmake', /^tensor/i), []);
    const md = [
      '# Inference with PyTorch on CUDA',
      '',
      'The model takes a tensor of shape (N, C, H, W); move the tensor to the GPU before the forward pass.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^tensor$/), ['tensor', 'tensor']);
  });

  it("an SPI baud-rate prescaler is no timer prescaler; a timer's prescaler is (blind audit bd, bd-code-1)", () => {
    // As in the audited STM32CubeMX main.c: SPI1's clock divider.
    const spi = [
      '#include "main.h"',
      'SPI_HandleTypeDef hspi1;',
      'TIM_HandleTypeDef htim2;',
      'static void MX_SPI1_Init(void)',
      '{',
      '  hspi1.Instance = SPI1;',
      '  hspi1.Init.Mode = SPI_MODE_MASTER;',
      '  hspi1.Init.BaudRatePrescaler = SPI_BAUDRATEPRESCALER_256;',
      '  if (HAL_SPI_Init(&hspi1) != HAL_OK) Error_Handler();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(spi, 'c', /^prescaler$/i), []);
    const md = [
      '# STM32 timer interrupts with HAL',
      '',
      'With a 72 MHz clock, set the prescaler to 7199 so the timer counts at 10 kHz, and ARR to 9999 for a 1 s',
      'update interrupt; HAL_TIM_Base_Start_IT starts it.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^prescaler$/), ['stm32-timer']);
  });

  it("minikube's --driver flag is no Linux device driver; a kernel driver is (blind audit bd, bd-zh-2)", () => {
    // As in the audited Chinese Kubernetes guide: installing and starting minikube on Linux.
    const md = [
      '### 方案 1: Minikube (本地学习)',
      '',
      '```bash',
      'curl -LO https://storage.googleapis.com/minikube/releases/latest/minikube-linux-amd64',
      'sudo install minikube-linux-amd64 /usr/local/bin/minikube',
      'minikube start --driver=docker',
      '```',
      '',
      'On Linux the kernel loads the driver for the network card as a module (`lsmod` lists it).',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^driver$/), ['linux-device-driver']);
  });

  it('多集群测试 (testing with several kind clusters) is no hub/member management; 多集群管理 is (blind audit bd, bd-zh-2)', () => {
    const md = [
      '### 方案 2: Kind (Kubernetes in Docker)',
      '',
      '**适用场景**：CI/CD、多集群测试',
      '',
      '用 kubectl 查看 Pod 和 Deployment。Karmada 提供多集群管理：控制面集群把工作负载分发到成员集群。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^多集群$/), ['multi-cluster-hub-member']);
  });

  it('自动扩缩容 (autoscaling) is no kubectl scale; 扩缩容 beside kubectl scale is (blind audit bd, bd-zh-2)', () => {
    const md = [
      '# Kubernetes 快速入门',
      '',
      '- 📈 自动扩缩容',
      '',
      '```bash',
      'kubectl get pods',
      'kubectl scale deploy <name> --replicas=3  # 扩缩容',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^扩缩容$/), ['kubectl-scale']);
  });

  it("webpack's scope hoisting is no JavaScript hoisting; var hoisting is (blind audit bd, bd-zh-4)", () => {
    const md = [
      '### 针对项目的优化(webpack)',
      '',
      '3. scope hoisting   分析出模块间依赖， 将引用的模块进行提升， 多个相同引用仅打包成一份',
      '4. tree-shaking',
      '',
      'JavaScript 中 `var` 声明会 hoisting 到函数顶部，`let` 和 `const` 则有暂时性死区。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^hoisting$/), ['js-hoisting-tdz']);
  });
});
