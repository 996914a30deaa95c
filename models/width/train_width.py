#!/usr/bin/python3
"""Train runtime-configurable networks at four nested widths (issue 16, SPEC §4.9): a ResNet-20 for
CIFAR-10 (--model resnet20-cifar10) and the bundled Fashion-MNIST CNN (--model fashion-mnist-cnn).

Every convolution's output channels come in four steps (25, 50, 75, 100% of the channels). The channels of
step j read the input channels of steps 0..j only, so the network at width j computes exactly the first
channels of every layer of any wider network: widening reuses all that was computed. The steps are trained
one after another (step j trains only its own channels, the batch norms of its channels and its own
classifier head; everything of earlier steps stays frozen), so one set of weights serves every width.

ResNet-20:
    conv1 3×3, 3→16                                   32×32
    stage 1: 3 basic blocks, 16 channels              32×32
    stage 2: 3 basic blocks, 32 channels, stride 2     16×16 (1×1 projection shortcut)
    stage 3: 3 basic blocks, 64 channels, stride 2      8×8  (1×1 projection shortcut)
    head j: global average pool of the first 16·(j+1) channels → Linear → 10 logits

The Fashion-MNIST CNN is models/fashion_mnist/train.py's with fc1 as a 3×3 convolution of the 3×3 map (the same
product), so that it nests by input channel too, and a head per width on the first fc1 units.

--joint trains every width at once instead of one step after another: the same nested connectivity, so
widening still reuses everything, but the earlier widths' weights are not frozen. Each batch goes through the
full width once (every head reads its width's features off it: nesting makes them the first channels); the
loss is the sum of every head's cross-entropy. It departs from SPEC §4.9's frozen steps, which leave the wider
channels little to add on CIFAR-10 (models/width/README.md). (Distilling the narrower heads from the full
one's prediction instead, as universally slimmable networks do, learnt much slower here: 39% held-out top-1
at full width after 3 epochs, against 59% for the baseline.)

--baseline trains the same network the usual way (all channels at once, full connectivity, one head) for
comparison (issue 16's acceptance: the full width within 1.5 pp of it for the same epochs).

Training runs on the machine's cores and can be stopped at any time: a checkpoint is written after every
epoch (--checkpoint) and the next invocation resumes from it. The log (--log, JSON lines) records each
epoch's loss, accuracy per width on the held-out images and wall time.

Data: CIFAR-10 from ../shared/data/cifar10-train (49,000 JPEGs, <class>/NNNN.jpg with classes.txt), decoded
once into --cache, held-out accuracy on cifar10-val; augmentation: random crops of the 4-padded image and
horizontal flips. Fashion-MNIST from Debian's dataset-fashion-mnist: the first 55,000 training images, the
last 5,000 held out (for tuning); the bundled model's flips and shifts. All from seeded generators.

Usage:
    /usr/bin/python3 models/width/train_width.py --model resnet20-cifar10 --epochs-per-step 30 [--baseline]
    /usr/bin/python3 models/width/train_width.py --model fashion-mnist-cnn --epochs-per-step 8
    /usr/bin/python3 models/width/train_width.py --model M --export OUT.onnx   # from M's checkpoint
    /usr/bin/python3 models/width/train_width.py --check    # nesting and freezing of both, no data needed
"""

import argparse
import hashlib
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(REPO), "shared")
FASHION_DATA = "/usr/share/datasets/fashion-mnist"
STEPS = 4


# ----------------------------------------------------------------------------------------------- data

def load_folder(root, cache):
    """The images of a <class>/NNNN.jpg folder as uint8 N×3×32×32 and int64 labels, decoded once."""
    if cache and os.path.exists(cache):
        data = np.load(cache)
        return data["images"], data["labels"]
    from PIL import Image
    with open(os.path.join(root, "classes.txt")) as f:
        classes = [line.strip() for line in f if line.strip()]
    images, labels = [], []
    for label, name in enumerate(classes):
        folder = os.path.join(root, name)
        for file in sorted(os.listdir(folder)):
            with Image.open(os.path.join(folder, file)) as image:
                images.append(np.asarray(image.convert("RGB"), dtype=np.uint8).transpose(2, 0, 1))
            labels.append(label)
    images, labels = np.stack(images), np.array(labels, dtype=np.int64)
    if cache:
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        np.savez(cache, images=images, labels=labels)
    return images, labels


def load_fashion(split, cache):
    """Fashion-MNIST (Debian's dataset-fashion-mnist) as uint8 N×1×28×28 and labels; `split` is "train"
    (the first 55,000 training images), "heldout" (the last 5,000, for tuning) or "t10k"."""
    sys.path.insert(0, os.path.join(REPO, "models", "fashion_mnist"))
    import train as bundled  # its IDX reader
    images, labels = bundled.load_split(FASHION_DATA, "t10k" if split == "t10k" else "train")
    images, labels = images[:, None].copy(), labels.astype(np.int64)
    if split == "train":
        return images[:55000], labels[:55000]
    if split == "heldout":
        return images[55000:], labels[55000:]
    return images, labels


def write_heldout_idx(folder):
    """The held-out Fashion-MNIST training images (the last 5,000) as heldout-images-idx3-ubyte.gz and
    heldout-labels-idx1-ubyte.gz in `folder`: a data set `dyve` opens, so that the cascade is tuned on images
    the network never trained on."""
    import gzip
    import struct
    images, labels = load_fashion("heldout", None)
    os.makedirs(folder, exist_ok=True)
    with gzip.open(os.path.join(folder, "heldout-images-idx3-ubyte.gz"), "wb") as f:
        f.write(struct.pack(">IIII", 0x803, len(images), 28, 28))
        f.write(images.astype(np.uint8).tobytes())
    with gzip.open(os.path.join(folder, "heldout-labels-idx1-ubyte.gz"), "wb") as f:
        f.write(struct.pack(">II", 0x801, len(labels)))
        f.write(labels.astype(np.uint8).tobytes())
    print(f"wrote {len(images)} held-out images to {folder}")
    return 0


def augment_fashion(batch, generator):
    """The bundled model's augmentation: flips and shifts of up to 2 pixels, black borders."""
    sys.path.insert(0, os.path.join(REPO, "models", "fashion_mnist"))
    import train as bundled
    # The normalised value of a black pixel, which every Fashion-MNIST image has.
    return bundled.augment(batch, generator, background=float(batch.min()))


def augment(batch, generator):
    """Random crops of the 4-padded images and horizontal flips (float N×3×32×32)."""
    n = batch.shape[0]
    padded = F.pad(batch, (4, 4, 4, 4))
    dy = torch.randint(0, 9, (n,), generator=generator)
    dx = torch.randint(0, 9, (n,), generator=generator)
    flip = torch.rand(n, generator=generator) < 0.5
    out = torch.empty_like(batch)
    for i in range(n):
        crop = padded[i, :, dy[i]:dy[i] + 32, dx[i]:dx[i] + 32]
        out[i] = crop.flip(2) if flip[i] else crop
    return out


# ---------------------------------------------------------------------------------------------- model

def step_counts(channels, shared=False):
    """Channels present at widths 1..STEPS (cumulative); an input every step reads whole (the image)."""
    if shared:
        return [channels] * STEPS
    assert channels % STEPS == 0
    return [channels * (j + 1) // STEPS for j in range(STEPS)]


def step_of(counts):
    """The step each channel belongs to."""
    steps, start = [], 0
    for j, end in enumerate(counts):
        steps += [j] * (end - start)
        start = end
    return torch.tensor(steps)


class NestedConv(nn.Module):
    """A convolution whose output channels of step j read the input channels of steps 0..j only."""

    def __init__(self, in_counts, out_counts, kernel, stride, nested=True, padding=None):
        super().__init__()
        self.in_counts, self.out_counts = in_counts, out_counts
        self.stride, self.padding = stride, kernel // 2 if padding is None else padding
        self.weight = nn.Parameter(torch.empty(out_counts[-1], in_counts[-1], kernel, kernel))
        nn.init.kaiming_normal_(self.weight, mode="fan_out", nonlinearity="relu")
        out_step, in_step = step_of(out_counts), step_of(in_counts)
        if in_counts[0] == in_counts[-1]:  # the image: read by every step
            in_step = torch.zeros_like(in_step)
        mask = (out_step[:, None] >= in_step[None, :]) if nested else torch.ones(len(out_step), len(in_step))
        self.register_buffer("mask", mask.float()[:, :, None, None])
        self.register_buffer("out_step", out_step)

    def effective_weight(self):
        return self.weight * self.mask

    def forward(self, x, width):
        w = self.effective_weight()[:self.out_counts[width - 1], :x.shape[1]]
        return F.conv2d(x, w, None, self.stride, self.padding)

    def freeze_all_but(self, step, weight_decay):
        """Keeps the gradient of step `step`'s rows only, with their weight decay added."""
        rows = (self.out_step == step).float()[:, None, None, None]
        if self.weight.grad is not None:
            self.weight.grad.add_(self.weight.detach(), alpha=weight_decay).mul_(rows * self.mask)


class NestedBatchNorm(nn.Module):
    """One batch norm per step's channels, so that the frozen steps keep their statistics."""

    def __init__(self, counts):
        super().__init__()
        self.counts = counts
        sizes = [counts[0]] + [counts[j] - counts[j - 1] for j in range(1, STEPS)]
        self.norms = nn.ModuleList(nn.BatchNorm2d(s) for s in sizes)

    def forward(self, x, width):
        parts = torch.split(x, [self.norms[j].num_features for j in range(width)], dim=1)
        return torch.cat([self.norms[j](p) for j, p in enumerate(parts)], dim=1)


class Block(nn.Module):
    def __init__(self, in_counts, out_counts, stride, nested):
        super().__init__()
        self.conv1 = NestedConv(in_counts, out_counts, 3, stride, nested)
        self.bn1 = NestedBatchNorm(out_counts)
        self.conv2 = NestedConv(out_counts, out_counts, 3, 1, nested)
        self.bn2 = NestedBatchNorm(out_counts)
        self.project = None
        if stride != 1 or in_counts != out_counts:
            self.project = NestedConv(in_counts, out_counts, 1, stride, nested)
            self.project_bn = NestedBatchNorm(out_counts)

    def forward(self, x, width, trace):
        y = F.relu(self.bn1(self.conv1(x, width), width))
        trace.append(y)
        y = self.bn2(self.conv2(y, width), width)
        shortcut = x if self.project is None else self.project_bn(self.project(x, width), width)
        y = F.relu(y + shortcut)
        trace.append(y)
        return y


class NestedNetwork(nn.Module):
    """What the width-trained networks share: their nested convolutions, and which parameters each training
    step changes."""

    def convolutions(self):
        return [m for m in self.modules() if isinstance(m, NestedConv)]

    def parameters_of_step(self, step):
        """What training step `step` changes besides its convolution rows: its batch norms and its head."""
        params = [p for m in self.modules() if isinstance(m, NestedBatchNorm) for p in m.norms[step].parameters()]
        return params + list(self.heads[step - self.first_head].parameters())

    def logits_per_width(self, x):
        """Every width's head from one full-width forward, narrowest first. Nesting makes the width-j
        features the first channels of the full width's, in training mode too: a batch norm normalises each
        channel by its own statistics, and the first channels never read the later ones."""
        features = self.features(x, STEPS)
        return [head(features[:, :head.in_features]) for head in self.heads]

    def set_training_step(self, step):
        """Train mode for step `step`'s batch norms and dropout; the earlier steps' keep their statistics."""
        self.eval()
        for m in self.modules():
            if isinstance(m, NestedBatchNorm):
                m.norms[step].train()
            if isinstance(m, nn.Dropout):
                m.train()


class WidthResNet(NestedNetwork):
    """ResNet-20 for CIFAR-10 whose every width is the first channels of the full one."""

    def __init__(self, nested=True, heads=STEPS):
        super().__init__()
        image = step_counts(3, shared=True)
        c16, c32, c64 = step_counts(16), step_counts(32), step_counts(64)
        self.conv1 = NestedConv(image, c16, 3, 1, nested)
        self.bn1 = NestedBatchNorm(c16)
        blocks, counts = [], c16
        for out, stride in ((c16, 1), (c32, 2), (c64, 2)):
            for b in range(3):
                blocks.append(Block(counts, out, stride if b == 0 else 1, nested))
                counts = out
        self.blocks = nn.ModuleList(blocks)
        self.final_counts = c64
        first_head = STEPS - heads  # the baseline has only the full width's head
        self.heads = nn.ModuleList(nn.Linear(c64[j], 10) for j in range(first_head, STEPS))
        self.first_head = first_head

    def features(self, x, width, trace=None):
        trace = [] if trace is None else trace
        y = F.relu(self.bn1(self.conv1(x, width), width))
        trace.append(y)
        for block in self.blocks:
            y = block(y, width, trace)
        return y.mean(dim=(2, 3))

    def forward(self, x, width=STEPS, trace=None):
        return self.heads[width - 1 - self.first_head](self.features(x, width, trace))


class WidthFashionCnn(NestedNetwork):
    """The bundled Fashion-MNIST CNN (models/fashion_mnist/train.py) with nested width steps: fc1 is a 3×3
    convolution of the 3×3 map (the same product as the Linear of the flattened map), so that it nests by
    input channel like the others."""

    def __init__(self, nested=True, heads=STEPS):
        super().__init__()
        counts = [step_counts(1, shared=True), step_counts(32), step_counts(64), step_counts(64),
                  step_counts(128)]
        self.convs = nn.ModuleList(NestedConv(counts[i], counts[i + 1], 3, 1, nested) for i in range(4))
        self.norms = nn.ModuleList(NestedBatchNorm(counts[i + 1]) for i in range(4))
        fc = step_counts(128)
        self.fc1 = NestedConv(counts[4], fc, 3, 1, nested, padding=0)
        self.fc1_norm = NestedBatchNorm(fc)
        self.dropout = nn.Dropout(0.3)
        self.first_head = STEPS - heads
        self.heads = nn.ModuleList(nn.Linear(fc[j], 10) for j in range(self.first_head, STEPS))

    def features(self, x, width, trace=None):
        trace = [] if trace is None else trace
        y = x
        for i, (conv, norm) in enumerate(zip(self.convs, self.norms)):
            y = F.relu(norm(conv(y, width), width))
            trace.append(y)
            if i != 1:  # pools after conv1, conv3 and conv4: 28 → 14 → 7 → 3
                y = F.max_pool2d(y, 2)
        y = F.relu(self.fc1_norm(self.fc1(y, width), width))
        trace.append(y)
        return self.dropout(y.flatten(1))

    def forward(self, x, width=STEPS, trace=None):
        return self.heads[width - 1 - self.first_head](self.features(x, width, trace))


# The models this script trains: their network, input, data (training and held-out images) and
# augmentation.
RECIPES = {
    "resnet20-cifar10": {
        "network": WidthResNet, "input": (3, 32, 32), "augment": augment,
        "data": lambda cache: (load_folder(os.path.join(SHARED, "data", "cifar10-train"),
                                           os.path.join(cache, "cifar10-train.npz")),
                               load_folder(os.path.join(SHARED, "data", "cifar10-val"),
                                           os.path.join(cache, "cifar10-val.npz"))),
        "test": lambda cache: load_folder(os.path.join(SHARED, "data", "cifar10-test8k"),
                                          os.path.join(cache, "cifar10-test8k.npz")),
    },
    "fashion-mnist-cnn": {
        "network": WidthFashionCnn, "input": (1, 28, 28), "augment": augment_fashion,
        "data": lambda cache: (load_fashion("train", None), load_fashion("heldout", None)),
        "test": lambda cache: load_fashion("t10k", None),
    },
}


# ------------------------------------------------------------------------------------------- training

def normalise(images, mean, std):
    return (images.float() / 255.0 - mean) / std


def evaluate(model, images, labels, mean, std, widths):
    model.eval()
    correct = {w: 0 for w in widths}
    with torch.no_grad():
        for start in range(0, len(images), 500):
            x = normalise(images[start:start + 500], mean, std)
            for w in widths:
                correct[w] += (model(x, w).argmax(1) == labels[start:start + 500]).sum().item()
    return {w: correct[w] / len(images) for w in widths}


def check_nesting(name):
    """The width-j network's activations are the first channels of the full network's, layer by layer, and
    a training step of step 1 leaves the width-1 network as it was."""
    recipe = RECIPES[name]
    torch.manual_seed(1)
    model = recipe["network"]()
    for m in model.modules():  # batch-norm statistics that are not the identity
        if isinstance(m, nn.BatchNorm2d):
            m.running_mean.uniform_(-0.5, 0.5)
            m.running_var.uniform_(0.5, 2.0)
            m.weight.data.uniform_(0.5, 1.5)
            m.bias.data.uniform_(-0.2, 0.2)
    model.eval()
    x = torch.randn(4, *recipe["input"])
    full = []
    with torch.no_grad():
        model(x, STEPS, full)
        for width in range(1, STEPS):
            narrow = []
            model(x, width, narrow)
            for layer, (a, b) in enumerate(zip(narrow, full)):
                error = (a - b[:, :a.shape[1]]).abs().max().item()
                if error > 1e-5:
                    print(f"{name}: width {width}: layer {layer} differs from the full width's first "
                          f"{a.shape[1]} channels by {error}", file=sys.stderr)
                    return 1
            print(f"{name}: width {width}: {len(narrow)} layers are the first channels of the full width's")
    # --joint's loss reads every width's head off one full-width forward: in training mode (batch statistics)
    # each must be what that width's own network gives.
    model.train()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.eval()
    with torch.no_grad():
        together = model.logits_per_width(x)
        for width in range(1, STEPS + 1):
            error = (together[width - 1] - model(x, width)).abs().max().item()
            if error > 1e-5:
                print(f"{name}: width {width}: its head read off the full width's forward differs from the "
                      f"width-{width} network's in training mode by {error}", file=sys.stderr)
                return 1
    print(f"{name}: every head read off one full-width forward equals its width's network in training mode")
    model.eval()
    before = [t.clone() for t in model.state_dict().values()]
    with torch.no_grad():
        narrow_before = model(x, 1)
    convolutions = [c.weight for c in model.convolutions()]
    optimiser = torch.optim.SGD([{"params": convolutions}, {"params": model.parameters_of_step(1)}],
                                lr=0.1, momentum=0.9)
    for _ in range(2):
        model.set_training_step(1)
        loss = model(torch.randn(8, *recipe["input"]), 2).square().mean()
        model.zero_grad()
        loss.backward()
        for conv in model.convolutions():
            conv.freeze_all_but(1, 5e-4)
        optimiser.step()
    model.eval()
    with torch.no_grad():
        if not torch.equal(model(x, 1), narrow_before):
            print(f"{name}: training step 1 changed the width-1 network's output", file=sys.stderr)
            return 1
    changed = sum(not torch.equal(a, b) for a, b in zip(before, model.state_dict().values()))
    print(f"{name}: training step 1 changed {changed} tensors and left the width-1 network's output as it was")
    return 0


# --------------------------------------------------------------------------------------------- export

def fold(conv, norm):
    """The convolution's masked weights with its batch norms folded in (eval mode): weight, bias."""
    scale, shift = [], []
    for bn in norm.norms:
        s = bn.weight / torch.sqrt(bn.running_var + bn.eps)
        scale.append(s)
        shift.append(bn.bias - bn.running_mean * s)
    scale, shift = torch.cat(scale), torch.cat(shift)
    return (conv.effective_weight() * scale[:, None, None, None]).detach(), shift.detach()


class FoldedNetwork(nn.Module):
    """The full-width network with batch norms folded, every head an output: the graph that is exported.
    Head j reads the first channels of the last features, which are the width-j network's (nesting)."""

    def __init__(self, model):
        super().__init__()
        self.resnet = isinstance(model, WidthResNet)
        if self.resnet:
            self.stem = fold(model.conv1, model.bn1)
            self.blocks = []
            for block in model.blocks:
                convs = [fold(block.conv1, block.bn1), fold(block.conv2, block.bn2)]
                project = fold(block.project, block.project_bn) if block.project is not None else None
                self.blocks.append((convs, project, block.conv1.stride))
        else:
            self.convs = [fold(c, n) for c, n in zip(model.convs, model.norms)]
            self.fc1 = fold(model.fc1, model.fc1_norm)
        self.heads = [(h.weight.detach(), h.bias.detach(), h.in_features) for h in model.heads]

    def features(self, x):
        if not self.resnet:
            for i, (w, b) in enumerate(self.convs):
                x = F.relu(F.conv2d(x, w, b, 1, 1))
                if i != 1:
                    x = F.max_pool2d(x, 2)
            return F.relu(F.conv2d(x, self.fc1[0], self.fc1[1])).flatten(1)
        w, b = self.stem
        y = F.relu(F.conv2d(x, w, b, 1, 1))
        for (first, second), project, stride in self.blocks:
            z = F.relu(F.conv2d(y, first[0], first[1], stride, 1))
            z = F.conv2d(z, second[0], second[1], 1, 1)
            shortcut = y if project is None else F.conv2d(y, project[0], project[1], stride, 0)
            y = F.relu(z + shortcut)
        return y.mean(dim=(2, 3))

    def forward(self, x):
        features = self.features(x)
        logits = [F.linear(features[:, :channels], w, b) for w, b, channels in self.heads]
        return tuple(reversed(logits))  # the full width's first


CARDS = {
    "resnet20-cifar10": {
        "description": "ResNet-20 for CIFAR-10 trained at four nested channel widths (models/width/train_width.py), "
                       "batch norm folded; a classifier head per width",
        "input": {"channels": 3, "height": 32, "width": 32, "channel_order": "RGB", "resize": "stretch"},
        "classes_from": os.path.join(SHARED, "data", "cifar10-train", "classes.txt"),
        "default_data": "cifar10-test8k",
    },
    "fashion-mnist-cnn": {
        "description": "The bundled Fashion-MNIST CNN trained at four nested channel widths "
                       "(models/width/train_width.py), batch norm folded; a classifier head per width",
        "input": {"channels": 1, "height": 28, "width": 28, "channel_order": "GRAY", "resize": "stretch"},
        "classes": ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                    "Ankle boot"],
        "default_data": "/usr/share/datasets/fashion-mnist",
    },
}


def write_card(name, out, names, saved, baseline, joint=False, accuracy=None):
    """The model card beside the export (<stem>.card.json, which dyve reads with the model): the input's
    normalisation, the class names and, for a width-trained model, its width steps: which output is which
    width's head (issue 16), narrowest first."""
    recipe = CARDS[name]
    with open(out, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if "classes" in recipe:
        classes = recipe["classes"]
    else:
        with open(recipe["classes_from"]) as f:
            classes = [line.strip() for line in f if line.strip()]
    description = recipe["description"] + (" (every width trained at once, --joint)" if joint else "")
    card = {"name": os.path.splitext(os.path.basename(out))[0], "description": description,
            "sha256": [digest],
            "input": dict(recipe["input"], scale=1 / 255, mean=saved["mean"], std=saved["std"]),
            "classes": classes, "default_data": recipe["default_data"]}
    if accuracy is not None:  # the full width's top-1 on the default data set, as PyTorch computed it
        card["accuracy"] = {recipe["default_data"]: round(accuracy, 4)}
    if not baseline:
        card["width_steps"] = {"fractions": [(i + 1) / STEPS for i in range(STEPS)],
                               "outputs": list(reversed(names)), "nested": True}
    with open(os.path.splitext(out)[0] + ".card.json", "w") as f:
        json.dump(card, f, indent=2)
        f.write("\n")


def export(name, checkpoint, out, cache, baseline=False, joint=False):
    saved = torch.load(checkpoint)
    model = RECIPES[name]["network"](nested=not baseline, heads=1 if baseline else STEPS)
    model.load_state_dict(saved["model"])
    model.eval()
    folded = FoldedNetwork(model)
    x = torch.randn(2, *RECIPES[name]["input"])
    heads = 1 if baseline else STEPS  # outputs: the full width's head first, then narrower ones
    with torch.no_grad():
        outputs = folded(x)
        for i in range(heads):
            width = STEPS - i
            error = (outputs[i] - model(x, width)).abs().max().item()
            if error > 1e-4:
                print(f"folded head of width {width} differs from the width-{width} network by {error}",
                      file=sys.stderr)
                return 1
    names = ["logits"] + [f"logits_width{STEPS - i}" for i in range(1, heads)]
    # The full width's top-1 on the test images goes into the card (dyve eval prints it beside its own).
    images, labels = (torch.from_numpy(a) for a in RECIPES[name]["test"](cache))
    mean, std = (torch.tensor(saved[k])[None, :, None, None] for k in ("mean", "std"))
    accuracy = evaluate(model, images, labels, mean, std, [STEPS])[STEPS]
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    torch.onnx.export(folded, x[:1], out, input_names=["input"], output_names=names, opset_version=13)
    write_card(name, out, names, saved, baseline, joint, accuracy)
    print(f"exported {out}: heads {', '.join(names)}; each matches its width's network; full width top-1 "
          f"{100 * accuracy:.2f}% on the test images")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", choices=sorted(RECIPES), default="resnet20-cifar10")
    parser.add_argument("--cache", default=os.path.join(REPO, "build", "width-cache"),
                        help="decoded images and the default checkpoints")
    parser.add_argument("--epochs-per-step", type=int, default=30)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--weight-decay", type=float, default=5e-4)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--baseline", action="store_true", help="train the usual way: full width, one head")
    parser.add_argument("--joint", action="store_true",
                        help="train every nested width at once (the sum of every head's loss) instead of step by "
                             "step with the earlier steps frozen")
    parser.add_argument("--checkpoint", help="default: --cache/<name>.pt")
    parser.add_argument("--log", help="default: models/width/<name>.log.jsonl")
    parser.add_argument("--limit-batches", type=int, default=0, help="batches per epoch (0: all; smoke runs)")
    parser.add_argument("--check", action="store_true", help="check the nesting of every model and exit")
    parser.add_argument("--export", metavar="ONNX", help="export the checkpoint's network and exit")
    parser.add_argument("--write-heldout", metavar="DIR",
                        help="write Fashion-MNIST's held-out training images as an IDX pair in DIR (for "
                             "tuning the width cascade: dyve tune --cascade --data DIR) and exit")
    parser.add_argument("--test", action="store_true",
                        help="print the checkpoint's top-1 per width on the test images (cifar10-test8k, t10k)")
    args = parser.parse_args()
    if args.check:
        return max(check_nesting(name) for name in RECIPES)
    recipe = RECIPES[args.model]
    if args.baseline and args.joint:
        parser.error("--baseline and --joint are different trainings: choose one")
    name = args.model + ("-baseline" if args.baseline else "-joint" if args.joint else "-width")
    checkpoint = args.checkpoint or os.path.join(args.cache, name + ".pt")
    if args.export:
        return export(args.model, checkpoint, args.export, args.cache, args.baseline, args.joint)
    if args.write_heldout:
        return write_heldout_idx(args.write_heldout)
    if args.test:
        saved = torch.load(checkpoint)
        model = recipe["network"](nested=not args.baseline, heads=1 if args.baseline else STEPS)
        model.load_state_dict(saved["model"])
        images, labels = (torch.from_numpy(a) for a in recipe["test"](args.cache))
        mean, std = (torch.tensor(saved[k])[None, :, None, None] for k in ("mean", "std"))
        widths = ([STEPS] if args.baseline else list(range(1, STEPS + 1)) if args.joint
                  else list(range(1, saved["state"]["step_index"] + 1)))
        accuracy = evaluate(model, images, labels, mean, std, widths)
        print(json.dumps({"model": name, "test_images": len(images), "trained": saved["state"],
                          "test_top1": {f"{w / STEPS:.2f}": round(a, 4) for w, a in accuracy.items()}}))
        return 0

    torch.set_num_threads(args.threads)
    log_path = args.log or os.path.join(HERE, name + ".log.jsonl")
    (images, labels), (held_images, held_labels) = recipe["data"](args.cache)
    images, labels = torch.from_numpy(images), torch.from_numpy(labels)
    held_images, held_labels = torch.from_numpy(held_images), torch.from_numpy(held_labels)
    scaled = images.float() / 255.0
    mean = scaled.mean(dim=(0, 2, 3)).round(decimals=6)[None, :, None, None]
    std = scaled.std(dim=(0, 2, 3)).round(decimals=6)[None, :, None, None]
    del scaled

    model = recipe["network"](nested=not args.baseline, heads=1 if args.baseline else STEPS)
    steps = [STEPS - 1] if args.baseline or args.joint else list(range(STEPS))
    state = {"step_index": 0, "epoch": 0, "seconds": 0.0}
    saved = None
    if os.path.exists(checkpoint):
        saved = torch.load(checkpoint)
        model.load_state_dict(saved["model"])
        state = dict(saved["state"])
        print(f"resuming {name} at step {steps[min(state['step_index'], len(steps) - 1)]} epoch "
              f"{state['epoch']} ({state['seconds'] / 60:.1f} min so far)")
    convolution_weights = [c.weight for c in model.convolutions()]

    while state["step_index"] < len(steps):
        step = steps[state["step_index"]]
        width = step + 1
        others = ([p for p in model.parameters() if all(p is not w for w in convolution_weights)]
                  if args.baseline or args.joint else model.parameters_of_step(step))
        # The convolutions' weight decay is added to their gradients (NestedConv.freeze_all_but), so that the
        # frozen rows stay as they are.
        optimiser = torch.optim.SGD([{"params": convolution_weights, "weight_decay": 0.0},
                                     {"params": others, "weight_decay": args.weight_decay}],
                                    lr=args.lr, momentum=0.9, nesterov=True)
        if saved and saved["state"]["step_index"] == state["step_index"] and saved["state"]["epoch"] > 0:
            optimiser.load_state_dict(saved["optimiser"])
        while state["epoch"] < args.epochs_per_step:
            started = time.time()
            # Cosine schedule over the step's epochs; data order and augmentation seeded by step and epoch,
            # so a resumed run draws what an uninterrupted one would.
            lr = 0.5 * args.lr * (1.0 + math.cos(math.pi * state["epoch"] / args.epochs_per_step))
            for group in optimiser.param_groups:
                group["lr"] = lr
            generator = torch.Generator().manual_seed(1000 * state["step_index"] + state["epoch"])
            if args.baseline or args.joint:
                model.train()
            else:
                model.set_training_step(step)
            order = torch.randperm(len(images), generator=generator)
            batches = len(images) // args.batch
            if args.limit_batches:
                batches = min(batches, args.limit_batches)
            total_loss = 0.0
            for b in range(batches):
                index = order[b * args.batch:(b + 1) * args.batch]
                x = recipe["augment"](normalise(images[index], mean, std), generator)
                if args.joint:
                    loss = sum(F.cross_entropy(logits, labels[index]) for logits in model.logits_per_width(x))
                else:
                    loss = F.cross_entropy(model(x, width), labels[index])
                model.zero_grad()
                loss.backward()
                for conv in model.convolutions():
                    if args.baseline:
                        conv.weight.grad.add_(conv.weight.detach(), alpha=args.weight_decay)
                    elif args.joint:  # the nesting's zero blocks stay zero
                        conv.weight.grad.add_(conv.weight.detach(), alpha=args.weight_decay).mul_(conv.mask)
                    else:
                        conv.freeze_all_but(step, args.weight_decay)
                optimiser.step()
                total_loss += loss.item()
            state["epoch"] += 1
            state["seconds"] += time.time() - started
            widths = [STEPS] if args.baseline else list(range(1, width + 1))  # --joint: width is STEPS
            accuracy = evaluate(model, held_images, held_labels, mean, std, widths)
            record = {"model": name, "step": step, "epoch": state["epoch"], "batches": batches, "lr": round(lr, 5),
                      "loss": round(total_loss / max(batches, 1), 4),
                      "heldout_top1": {str(w): round(a, 4) for w, a in accuracy.items()},
                      "epoch_seconds": round(time.time() - started, 1),
                      "total_minutes": round(state["seconds"] / 60, 1), "threads": args.threads}
            print(json.dumps(record), flush=True)
            with open(log_path, "a") as f:
                f.write(json.dumps(record) + "\n")
            saved = {"model": model.state_dict(), "state": dict(state), "optimiser": optimiser.state_dict(),
                     "mean": mean.flatten().tolist(), "std": std.flatten().tolist()}
            os.makedirs(os.path.dirname(checkpoint), exist_ok=True)
            torch.save(saved, checkpoint + ".tmp")
            os.replace(checkpoint + ".tmp", checkpoint)
        state["step_index"] += 1
        state["epoch"] = 0
        saved = {"model": model.state_dict(), "state": dict(state), "mean": mean.flatten().tolist(),
                 "std": std.flatten().tolist()}  # the step done: the next starts with a new optimiser
        torch.save(saved, checkpoint + ".tmp")
        os.replace(checkpoint + ".tmp", checkpoint)
        saved = None
    print(f"{name}: trained ({state['seconds'] / 60:.1f} min); checkpoint {checkpoint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
