import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cl', () => {
  it("a garbage collector marked Deprecated in prose is no @Deprecated annotation; Deprecated in Java code is (blind audit cl, cl-en-1)", () => {
    const gc = [
      '# Java Garbage Collector (Insights & Experiments)',
      '',
      'There are different types of garbage collectors in java: Serial, Parallel, CMS (Concurrent Mark-Sweep), G1 and ZGC.',
      '',
      '```java',
      'List<GarbageCollectorMXBean> gcBeans = ManagementFactory.getGarbageCollectorMXBeans();',
      '```',
      '',
      'For each GC following is what I got in Output:',
      '- Serial: `[Copy, MarkSweepCompact]`',
      "- CMS: **Deprecated!** - Got runtime error `Unrecognized VM option 'UseConcMarkSweepGC'`",
      '- G1: `[G1 Young Generation, G1 Old Generation, G1 Concurrent GC]`',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gc, 'markdown', /^Deprecated$/), []);
    const java = [
      'for (Method m : type.getDeclaredMethods()) {',
      '    if (m.isAnnotationPresent(Deprecated.class)) {',
      '        System.out.println(m.getName());',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^Deprecated$/), ['java-deprecated-annotation']);
  });

  it("a Redis sorted set's score-range queries are no segment tree; a segment tree's range queries are (blind audit cl, cl-en-2)", () => {
    const redis = [
      '# 4️⃣ SORTED SET (🔥 MOST IMPORTANT)',
      '',
      '## 4.1 Internal Representation',
      '',
      'Redis uses **TWO data structures**:',
      '',
      '### 1️⃣ Hash Table',
      '',
      '✔ O(1) lookup',
      '',
      '### 2️⃣ Skip List',
      '',
      '✔ O(log n) range queries',
      '',
      '## 4.2 Why Skip List (not tree)?',
      '',
      '| Command | Complexity |',
      '| ------- | ---------- |',
      '| ZADD    | O(log n)   |',
      '| ZRANGE  | O(log n + m) |',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(redis, 'markdown', /^range quer/i), []);
    const segtree = [
      '# Segment tree',
      '',
      'A segment tree stores an aggregate per range of an array in a binary tree. It answers range queries',
      'such as the sum or minimum of a subarray in O(log n), and a point update also takes O(log n) with recursion.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(segtree, 'markdown', /^range quer/i), ['segment-tree']);
  });

  it('驱逐 under node pressure is no API-initiated eviction; an Eviction API 驱逐 is (blind audit cl, cl-zh-1)', () => {
    const pressure = [
      '## 调度',
      '`将一个 Pod 分配到某一个可以满足 Pod 资源请求的节点上，这一过程称之为调度。`',
      '- 分组调度',
      '- 压力驱逐',
      '',
      '## 压力驱逐',
      '- 污点',
      '```',
      'kubectl taint nodes worker02 gpu=true:NoSchedule',
      '```',
      '- - kubelet主动为node打上有意义的标记',
      '```',
      '比如内存比较紧张的话，会打上 node.kubernetes.io/memory-pressure',
      '```',
      '- 容忍度',
      '`一个 Node 上可以设置多个污点，一个 Pod 也可以设置多个容忍度。`',
      '',
    ].join('\n');
    // 压力驱逐 is node-pressure eviction's own word (added in round 48 after this audit).
    assert.deepEqual(notesAt(pressure, 'markdown', /驱逐$/), ['node-pressure-eviction', 'node-pressure-eviction']);
    const api = [
      '## Pod 的驱逐',
      '',
      '通过 Eviction API 驱逐 Pod 时，API 服务器会先检查 PodDisruptionBudget，允许时才优雅地终止 Pod；',
      'kubectl drain 就是这样把节点上的 Pod 逐个驱逐的。',
      '',
    ].join('\n');
    assert.ok(notesAt(api, 'markdown', /^驱逐$/).length > 0);
    assert.ok(notesAt(api, 'markdown', /^驱逐$/).every((id) => id === 'eviction-api'));
  });

  it('requestAnimationFrame 降频 is a lower callback rate, no CPU frequency scaling; a CPU that 降频 is (blind audit cl, cl-zh-2)', () => {
    const raf = [
      '# Event Loop 事件循环',
      '',
      'JavaScript 是单线程语言，但通过 Event Loop 实现了非阻塞的异步执行模型。',
      '',
      '### setTimeout(0) vs requestAnimationFrame',
      '',
      '- `setTimeout(fn, 0)`：进入宏任务队列，最早在下一轮事件循环执行',
      '- `requestAnimationFrame(fn)`：不属于宏任务/微任务；在浏览器下一次绘制前执行',
      '',
      '### 掉帧时 rAF 的表现',
      '',
      '- `requestAnimationFrame` 会跟随刷新节奏降频，不保证固定 16.7ms',
      '- 主线程忙或页面隐藏时，回调会被延后，甚至暂停或强限频',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(raf, 'markdown', /^降频$/), []);
    const cpu = [
      '# Linux CPU 调频',
      '',
      '轻载时 CPU 会降频省电，重载时升频；Linux 的 cpufreq 子系统由 governor（performance、powersave、schedutil）选择频率。',
      '在笔记本上跑基准测试时，温度过高也会让 CPU 降频，所以先用 cpupower 固定频率。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpu, 'markdown', /^降频$/), ['cpu-frequency-scaling', 'cpu-frequency-scaling']);
  });

  it("an ECS container's logDriver is no Linux device driver; a kernel driver is (blind audit cl, cl-code-3)", () => {
    const tf = [
      'resource "aws_ecs_task_definition" "alb_api" {',
      '  family                   = "alb-api"',
      '  network_mode             = "awsvpc"',
      '  requires_compatibilities = ["FARGATE"]',
      '  cpu                      = "256"',
      '  memory                   = "512"',
      '  execution_role_arn       = aws_iam_role.ecs_task_execution.arn',
      '',
      '  container_definitions = jsonencode([',
      '    {',
      '      name  = "api"',
      '      image = "hashicorp/http-echo:latest"',
      '',
      '      portMappings = [',
      '        {',
      '          containerPort = 8080',
      '          protocol      = "tcp"',
      '        }',
      '      ]',
      '',
      '      command = [',
      '        "-text=ALB-API-SERVICE: Successful response from ALB",',
      '        "-listen=:8080"',
      '      ]',
      '',
      '      logConfiguration = {',
      '        logDriver = "awslogs"',
      '        options = {',
      '          "awslogs-group"         = aws_cloudwatch_log_group.ecs.name',
      '          "awslogs-region"        = local.aws_region',
      '          "awslogs-stream-prefix" = "alb-api"',
      '        }',
      '      }',
      '    }',
      '  ])',
      '}',
      '',
      'resource "aws_ecs_service" "alb_app" {',
      '  name            = "alb-app"',
      '  cluster         = aws_ecs_cluster.alb_nlb.id',
      '  task_definition = aws_ecs_task_definition.alb_app.arn',
      '  desired_count   = 2',
      '  launch_type     = "FARGATE"',
      '',
      '  network_configuration {',
      '    subnets          = [aws_subnet.public_1.id, aws_subnet.public_2.id]',
      '    security_groups  = [aws_security_group.alb_ecs.id]',
      '    assign_public_ip = true',
      '  }',
      '',
      '  load_balancer {',
      '    target_group_arn = aws_lb_target_group.alb_app.arn',
      '    container_name   = "app"',
      '    container_port   = 8080',
      '  }',
      '',
      '  depends_on = [aws_lb_listener.alb_http]',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tf, 'terraform', /driver$/i), []);
    const kernel = [
      '# Writing a platform driver',
      '',
      'A Linux device driver registers with the kernel; the driver core calls its probe function when a matching',
      'device appears in the device tree, and the driver then maps registers with ioremap and requests an IRQ.',
      '',
    ].join('\n');
    assert.ok(notesAt(kernel, 'markdown', /^driver$/).includes('linux-device-driver'));
  });
});
