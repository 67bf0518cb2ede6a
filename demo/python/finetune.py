"""Fine-tuning a pretrained ResNet for the defect classifier, then compressing it.

Knowledge distillation: the fine-tuned model is the teacher for a small student network.
"""
import torch
import torch.nn.functional as F
from torchvision import models


def build(num_classes: int) -> torch.nn.Module:
    model = models.resnet50(weights=models.ResNet50_Weights.DEFAULT)
    model.fc = torch.nn.Linear(model.fc.in_features, num_classes)
    return model


def optimizer_for(model: torch.nn.Module) -> torch.optim.Optimizer:
    # Fine-tuning: a much smaller learning rate for the pretrained backbone than for the new head.
    head = list(model.fc.parameters())
    backbone = [p for n, p in model.named_parameters() if not n.startswith("fc.")]
    return torch.optim.AdamW([{"params": head, "lr": 1e-3}, {"params": backbone, "lr": 1e-5}])


def distillation_loss(student_logits, teacher_logits, labels, t: float = 4.0, alpha: float = 0.7):
    soft = F.kl_div(F.log_softmax(student_logits / t, dim=1), F.softmax(teacher_logits / t, dim=1), reduction="batchmean")
    return alpha * soft * t * t + (1 - alpha) * F.cross_entropy(student_logits, labels)
