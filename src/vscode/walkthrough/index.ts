import * as vscode from 'vscode';
import { Commands } from '../ids';
import type { NotesService } from '../notes/notes-service';

export const WALKTHROUGH_ID = 'concept-reference.concept-reference#gettingStarted';
const OPENED_KEY = 'walkthroughOpened';

/** A few lines that use bundled terms, for the walkthrough's first step (hover one of them). */
const SAMPLE: Record<'zh' | 'en', string> = {
  en: [
    '# Trying Concept Reference',
    '',
    'Hover a term below: a definition appears, with a link to the full note.',
    '',
    '- We fine-tune the model with a small learning rate, then use knowledge distillation to shrink it.',
    '- The deploy script runs `kubectl run nginx --image=nginx` and waits for the Pod.',
    '- In the React component, `useRef` keeps the input element between renders.',
    '',
    '```go',
    'ch := make(chan int) // a goroutine sends on the channel',
    '```',
    '',
  ].join('\n'),
  zh: [
    '# 试用 Concept Reference',
    '',
    '把鼠标悬停在下面的术语上：会出现一句话的定义和完整笔记的链接。',
    '',
    '- 先用较小的学习率对模型做微调，再用知识蒸馏把它压缩。',
    '- 部署脚本执行 `kubectl run nginx --image=nginx`，然后等待 Pod 就绪。',
    '- 在 React 组件里，`useRef` 在多次渲染之间保存输入框元素。',
    '',
    '```go',
    'ch := make(chan int) // 一个 goroutine 往通道里发送数据',
    '```',
    '',
  ].join('\n'),
};

/**
 * The Getting Started walkthrough: its sample command, a Get Started command, and opening it once on the
 * first run (unless VS Code's own settings say not to open walkthroughs on install or editors at startup).
 */
export function registerWalkthrough(context: vscode.ExtensionContext, notes: NotesService): vscode.Disposable[] {
  const disposables = [
    vscode.commands.registerCommand(Commands.openSample, async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: SAMPLE[notes.language] });
      return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    }),
    vscode.commands.registerCommand(Commands.getStarted, () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false)),
  ];
  // As VS Code's own settings say: no walkthroughs on install, or no editor at startup, means not now.
  const workbench = vscode.workspace.getConfiguration('workbench');
  const openOnInstall = workbench.get<boolean>('welcomePage.walkthroughs.openOnInstall', true) && workbench.get<string>('startupEditor', 'welcomePage') !== 'none';
  if (openOnInstall && !context.globalState.get<boolean>(OPENED_KEY)) {
    void context.globalState.update(OPENED_KEY, true);
    void vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
  }
  return disposables;
}
