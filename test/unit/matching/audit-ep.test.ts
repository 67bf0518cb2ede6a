import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Supabase's slack-clone init migration of blind audit ep (ep-code-4), lines 75-92 of the excerpt.
const supabasePolicies = [
  '-- Secure the tables',
  'alter table public.users enable row level security;',
  'alter table public.channels enable row level security;',
  'alter table public.messages enable row level security;',
  `create policy "Allow logged-in read access" on public.users for select using ( auth.role() = 'authenticated' );`,
  'create policy "Allow individual insert access" on public.users for insert with check ( auth.uid() = id );',
  'create policy "Allow individual update access" on public.users for update using ( auth.uid() = id );',
  'create policy "Allow individual insert access" on public.channels for insert with check ( auth.uid() = created_by );',
  'create policy "Allow individual delete access" on public.channels for delete using ( auth.uid() = created_by );',
  'create policy "Allow individual insert access" on public.messages for insert with check ( auth.uid() = user_id );',
  'create policy "Allow individual update access" on public.messages for update using ( auth.uid() = user_id );',
  '',
].join('\n');

// minGPT's mingpt/trainer.py of blind audit ep (ep-code-1), lines 1-12 and 60-70 of the excerpt.
const minGptTrainer = [
  '"""',
  'Simple training loop; Boilerplate that could apply to any arbitrary neural network,',
  'so nothing in this file really has anything to do with GPT specifically.',
  '"""',
  '',
  'import time',
  'from collections import defaultdict',
  '',
  'import torch',
  'from torch.utils.data.dataloader import DataLoader',
  'from mingpt.utils import CfgNode as CN',
  '',
  'class Trainer:',
  '    def run(self):',
  '        model, config = self.model, self.config',
  '',
  '        # setup the optimizer',
  '        self.optimizer = model.configure_optimizers(config)',
  '',
  '        # setup the dataloader',
  '        train_loader = DataLoader(',
  '            self.train_dataset,',
  '            shuffle=False,',
  '            pin_memory=True,',
  '            batch_size=config.batch_size,',
  '        )',
  '',
].join('\n');

// elk's app/components/publish/PublishWidget.vue of blind audit ep (ep-code-2), lines 105-118 of the excerpt.
const elkPublishWidget = [
  '<script setup lang="ts">',
  'function editPollOptionDraft(event: Event, index: number) {',
  '  draft.value.params.poll!.options = Object.assign(draft.value.params.poll!.options.slice(), { [index]: (event.target as HTMLInputElement).value })',
  '',
  '  trimPollOptions()',
  '}',
  '',
  'function deletePollOption(index: number) {',
  '  const newPollOptions = draft.value.params.poll!.options.slice()',
  '  newPollOptions.splice(index, 1)',
  '  draft.value.params.poll!.options = newPollOptions',
  '  trimPollOptions()',
  '}',
  '</script>',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ep', () => {
  it("a policy's WITH CHECK is no CHECK constraint; a table's CHECK is (blind audit ep, ep-code-4)", () => {
    assert.deepEqual(notesAt(supabasePolicies, 'sql', /^check$/i), []);
    const table = ['create table public.orders (', '  id bigint primary key,', '  quantity int not null check (quantity > 0)', ');', ''].join('\n');
    assert.deepEqual(notesAt(table, 'sql', /^check$/i), ['check-constraint']);
  });

  it("a policy's FOR UPDATE USING is no locking read; SELECT … FOR UPDATE is (blind audit ep, ep-code-4)", () => {
    assert.deepEqual(notesAt(supabasePolicies, 'sql', /^for update$/i), []);
    const locking = [
      'begin;',
      'select id, balance from public.accounts where id = 42 for update;',
      'update public.accounts set balance = balance - 10 where id = 42;',
      'commit;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(locking, 'sql', /^for update$/i), ['select-for-update']);
  });

  it("minGPT's own configure_optimizers is no PyTorch Lightning hook; a LightningModule's is (blind audit ep, ep-code-1)", () => {
    assert.deepEqual(notesAt(minGptTrainer, 'python', /^configure_optimizers$/), []);
    const lightning = [
      'import torch',
      'import lightning.pytorch as pl',
      '',
      'class LitModel(pl.LightningModule):',
      '    def configure_optimizers(self):',
      '        return torch.optim.Adam(self.parameters(), lr=1e-3)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(lightning, 'python', /^configure_optimizers$/), ['pytorch-lightning']);
  });

  it("a DOM input's .value after a cast is no Vue ref; a ref's .value is (blind audit ep, ep-code-2)", () => {
    assert.deepEqual(notesAt(elkPublishWidget, 'vue', /^\.value$/), []);
    const refs = [
      '<script setup lang="ts">',
      "import { toRef } from 'vue'",
      'const props = defineProps<{ title: string }>()',
      'function logTitle() {',
      "  console.log(toRef(props, 'title').value)",
      '}',
      '</script>',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(refs, 'vue', /^\.value$/), ['vue-ref']);
  });
});
