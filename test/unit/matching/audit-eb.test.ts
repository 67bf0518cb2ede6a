import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit eb', () => {
  it("Django's on_delete is the foreign key's ON DELETE rule (alias added after blind audit eb, eb-code-2)", () => {
    // djangoproject.com's fundraising/models.py (eb-code-2), cut to the two models with a ForeignKey.
    const models = [
      'from django.db import models',
      '',
      '',
      'class Donation(FundraisingModel):',
      '    interval = models.CharField(max_length=20, choices=INTERVAL_CHOICES, blank=True)',
      '    donor = models.ForeignKey(DjangoHero, on_delete=models.CASCADE)',
      '    stripe_subscription_id = models.CharField(max_length=100, blank=True)',
      '',
      '',
      'class Payment(models.Model):',
      '    donation = models.ForeignKey(Donation, on_delete=models.CASCADE)',
      '    amount = models.DecimalField(max_digits=9, decimal_places=2, null=True)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(models, 'python', /^on_delete$/), ['foreign-key', 'foreign-key']);
    assert.deepEqual(notesAt(models, 'python', /^ForeignKey$/), ['foreign-key', 'foreign-key']);
    const prose = [
      '# Related objects',
      '',
      'When the referenced row is deleted, Django applies the rule given by `on_delete`: `CASCADE` deletes the',
      'referencing rows too, `PROTECT` refuses the deletion and `SET_NULL` clears the column.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(prose, 'markdown', /^on_delete$/), ['foreign-key']);
  });
});
