#!/usr/bin/python3
"""Train DyVE Studio's bundled default model: a small plain CNN for Fashion-MNIST.

The network is built only from operators the engine runs (SPEC §4.1) and is shaped so that every
effort mechanism has real work to skip: four 3×3 Conv+ReLU layers of moderate width (SPET, SDSS, SFMA)
and a fully connected layer followed by ReLU (SPET, dual-module inference).

    input 1×28×28
    conv1  3×3,   1→32, pad 1, ReLU                 28×28
    maxpool 2×2                                      14×14
    conv2  3×3,  32→64, pad 1, ReLU                 14×14
    conv3  3×3,  64→64, pad 1, ReLU                 14×14
    maxpool 2×2                                       7×7
    conv4  3×3, 64→128, pad 1, ReLU                  7×7
    maxpool 2×2 (floor)                               3×3
    flatten 1152 → fc1 128, ReLU (dropout while training)
    fc2 128 → 10 logits

Convolutions are trained with BatchNormalization; before export the BN layers are folded into the
preceding convolutions (exactly, in eval mode), so the ONNX graph holds only Conv, Relu, MaxPool,
Flatten and Gemm. The output is named "logits" (unnormalised scores; apply softmax for probabilities).

Preprocessing (also written to the model card): x = (pixel / 255 − mean) / std, with mean and std of
the training images computed here and rounded to 6 decimals (the rounded values are the ones used).

Data: Debian's dataset-fashion-mnist IDX files, read directly (no torchvision).
Reproducibility: fixed seeds, torch.use_deterministic_algorithms(True), all shuffling and augmentation
drawn from seeded generators. Results are bit-reproducible for a given thread count and torch build.

Usage:
    /usr/bin/python3 models/fashion_mnist/train.py [--epochs 8] [--threads 2] [--out FILE.onnx]
"""

import argparse
import gzip
import hashlib
import json
import os
import re
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
           "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


# ----------------------------------------------------------------------------------------------- data

def read_idx(path):
    """Reads an IDX file (gzip or raw) into a numpy array of its declared shape."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    zero, dtype_code, ndim = struct.unpack(">HBB", data[:4])
    if zero != 0 or dtype_code != 0x08:
        raise ValueError(f"{path}: not an unsigned-byte IDX file")
    shape = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    arr = np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim)
    if arr.size != int(np.prod(shape)):
        raise ValueError(f"{path}: size {arr.size} does not match header {shape}")
    return arr.reshape(shape)


def load_split(data_dir, split):
    images = read_idx(os.path.join(data_dir, f"{split}-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(data_dir, f"{split}-labels-idx1-ubyte.gz"))
    return images, labels


def augment(x, gen, background, max_shift=2):
    """Light augmentation on a normalised batch N×1×28×28: random horizontal flip and a random
    translation of up to max_shift pixels. The uncovered border is filled with background, the
    normalised value of a black pixel (a 0 after normalisation would be grey)."""
    n = x.shape[0]
    flip = torch.rand(n, generator=gen) < 0.5
    x = torch.where(flip[:, None, None, None], x.flip(3), x)
    p = max_shift
    padded = F.pad(x, (p, p, p, p), value=background)
    dx = torch.randint(0, 2 * p + 1, (n,), generator=gen)
    dy = torch.randint(0, 2 * p + 1, (n,), generator=gen)
    out = torch.empty_like(x)
    for oy in range(2 * p + 1):
        for ox in range(2 * p + 1):
            sel = ((dy == oy) & (dx == ox)).nonzero(as_tuple=True)[0]
            if sel.numel():
                out[sel] = padded[sel, :, oy:oy + 28, ox:ox + 28]
    return out


# ---------------------------------------------------------------------------------------------- model

def conv_bn_relu(cin, cout):
    return [nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]


class FashionCnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            *conv_bn_relu(1, 32), nn.MaxPool2d(2),
            *conv_bn_relu(32, 64), *conv_bn_relu(64, 64), nn.MaxPool2d(2),
            *conv_bn_relu(64, 128), nn.MaxPool2d(2),
        )
        self.classifier = nn.Sequential(
            nn.Flatten(), nn.Linear(128 * 3 * 3, 128), nn.ReLU(inplace=True), nn.Dropout(0.3),
            nn.Linear(128, 10),
        )

    def forward(self, x):
        return self.classifier(self.features(x))


def folded_for_export(model):
    """An eval-mode copy with every Conv+BatchNorm pair folded into one biased Conv (and Dropout
    dropped), so the exported graph is Conv/Relu/MaxPool/Flatten/Gemm only."""
    from torch.nn.utils.fusion import fuse_conv_bn_eval
    model = model.eval()
    from collections import OrderedDict
    layers, mods = [], list(model.features)
    i = 0
    while i < len(mods):
        if isinstance(mods[i], nn.Conv2d) and i + 1 < len(mods) and isinstance(mods[i + 1], nn.BatchNorm2d):
            layers.append(fuse_conv_bn_eval(mods[i], mods[i + 1]))
            i += 2
        else:
            layers.append(mods[i])
            i += 1
    layers += [m for m in model.classifier if not isinstance(m, nn.Dropout)]
    # Readable layer names in the ONNX graph (conv1, relu1, pool1, ..., fc1, fc2): the GUI shows them.
    named, counts = OrderedDict(), {}
    prefixes = {nn.Conv2d: "conv", nn.ReLU: "relu", nn.MaxPool2d: "pool", nn.Flatten: "flatten", nn.Linear: "fc"}
    for layer in layers:
        prefix = prefixes[type(layer)]
        counts[prefix] = counts.get(prefix, 0) + 1
        named[prefix if prefix == "flatten" else f"{prefix}{counts[prefix]}"] = layer
    return nn.Sequential(named).eval()


@torch.no_grad()
def evaluate(model, x, y, batch=1000):
    model.eval()
    correct = 0
    for i in range(0, len(x), batch):
        correct += (model(x[i:i + batch]).argmax(1) == y[i:i + batch]).sum().item()
    return correct / len(x)


# ------------------------------------------------------------------------- ONNX check (numpy reference)

def run_onnx_numpy(model_proto, x):
    """Tiny numpy interpreter for the operators this exporter emits (Conv, Relu, MaxPool, Flatten,
    Gemm). onnx 1.12 in Debian has no onnx.reference and onnxruntime is not packaged, so this is the
    independent check that the exported graph computes what torch computes."""
    from onnx import numpy_helper
    g = model_proto.graph
    env = {t.name: numpy_helper.to_array(t).astype(np.float32) for t in g.initializer}
    env[g.input[0].name] = x.astype(np.float32)
    for node in g.node:
        a = {at.name: at for at in node.attribute}
        ins = [env[n] for n in node.input if n]
        if node.op_type == "Conv":
            w = ins[0 + 1]
            b = ins[2] if len(ins) > 2 else np.zeros(w.shape[0], np.float32)
            pads = list(a["pads"].ints) if "pads" in a else [0, 0, 0, 0]
            strides = list(a["strides"].ints) if "strides" in a else [1, 1]
            assert ("group" not in a or a["group"].i == 1) and ("dilations" not in a or set(a["dilations"].ints) == {1})
            xi = np.pad(ins[0], ((0, 0), (0, 0), (pads[0], pads[2]), (pads[1], pads[3])))
            n, c, h, wd = xi.shape
            o, _, kh, kw = w.shape
            oh, ow = (h - kh) // strides[0] + 1, (wd - kw) // strides[1] + 1
            cols = np.empty((n, c, kh, kw, oh, ow), np.float32)
            for ky in range(kh):
                for kx in range(kw):
                    cols[:, :, ky, kx] = xi[:, :, ky:ky + strides[0] * oh:strides[0], kx:kx + strides[1] * ow:strides[1]]
            out = np.einsum("ok,nkp->nop", w.reshape(o, -1), cols.reshape(n, c * kh * kw, oh * ow), optimize=True)
            out = out.reshape(n, o, oh, ow) + b[None, :, None, None]
        elif node.op_type == "Relu":
            out = np.maximum(ins[0], 0)
        elif node.op_type == "MaxPool":
            k = list(a["kernel_shape"].ints)
            s = list(a["strides"].ints) if "strides" in a else k
            assert k == s == [2, 2] and ("pads" not in a or not any(a["pads"].ints))
            xi = ins[0]
            n, c, h, wd = xi.shape
            oh, ow = h // 2, wd // 2
            out = xi[:, :, :2 * oh, :2 * ow].reshape(n, c, oh, 2, ow, 2).max(axis=(3, 5))
        elif node.op_type == "Flatten":
            out = ins[0].reshape(ins[0].shape[0], -1)
        elif node.op_type == "Gemm":
            alpha = a["alpha"].f if "alpha" in a else 1.0
            beta = a["beta"].f if "beta" in a else 1.0
            A = ins[0].T if ("transA" in a and a["transA"].i) else ins[0]
            B = ins[1].T if ("transB" in a and a["transB"].i) else ins[1]
            out = alpha * A @ B + (beta * ins[2] if len(ins) > 2 else 0)
        else:
            raise NotImplementedError(f"numpy check: operator {node.op_type}")
        env[node.output[0]] = out.astype(np.float32)
    return env[g.output[0].name]


# ----------------------------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/usr/share/datasets/fashion-mnist", help="folder with the IDX .gz files")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--lr", type=float, default=0.1, help="peak learning rate of the one-cycle schedule (SGD)")
    ap.add_argument("--weight-decay", type=float, default=5e-4)
    ap.add_argument("--no-augment", action="store_true", help="train without flips and shifts")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--train-limit", type=int, default=0, help="use only the first N training images (smoke tests)")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--out", default=os.path.join(HERE, "fashion_mnist_cnn.onnx"))
    ap.add_argument("--card", default=os.path.join(REPO, "models", "cards", "fashion-mnist-cnn.card.json"),
                    help="model card to write ('' to skip)")
    ap.add_argument("--summary", default=os.path.join(HERE, "training_summary.json"),
                    help="JSON with the measured numbers ('' to skip)")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    torch.use_deterministic_algorithms(True)
    gen = torch.Generator().manual_seed(args.seed)

    t_start = time.time()
    tr_img, tr_lab = load_split(args.data, "train")
    te_img, te_lab = load_split(args.data, "t10k")
    if args.train_limit:
        tr_img, tr_lab = tr_img[:args.train_limit], tr_lab[:args.train_limit]
    # Dataset statistics of pixel/255 over every training pixel, rounded so the card and the training
    # use exactly the same numbers.
    px = tr_img.astype(np.float64) / 255.0
    mean, std = round(float(px.mean()), 6), round(float(px.std()), 6)
    print(f"train {tr_img.shape[0]} / test {te_img.shape[0]} images; pixel/255 mean {mean} std {std}", flush=True)

    def prep(images):
        x = torch.from_numpy(images.astype(np.float32) * np.float32(1.0 / 255.0)).unsqueeze(1)
        return (x - mean) / std

    x_tr, y_tr = prep(tr_img), torch.from_numpy(tr_lab.astype(np.int64))
    x_te, y_te = prep(te_img), torch.from_numpy(te_lab.astype(np.int64))

    model = FashionCnn()
    n_params = sum(p.numel() for p in model.parameters())
    print(f"model: {n_params} trainable parameters (with BatchNorm)", flush=True)
    decay = [p for n, p in model.named_parameters() if p.ndim > 1]
    no_decay = [p for n, p in model.named_parameters() if p.ndim <= 1]
    opt = torch.optim.SGD([{"params": decay, "weight_decay": args.weight_decay},
                           {"params": no_decay, "weight_decay": 0.0}],
                          lr=args.lr, momentum=0.9, nesterov=True)
    steps_per_epoch = (len(x_tr) + args.batch_size - 1) // args.batch_size
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, epochs=args.epochs,
                                                steps_per_epoch=steps_per_epoch, pct_start=0.25)

    t_train = time.time()
    for epoch in range(args.epochs):
        model.train()
        t_ep = time.time()
        perm = torch.randperm(len(x_tr), generator=gen)
        loss_sum, correct = 0.0, 0
        for step in range(steps_per_epoch):
            idx = perm[step * args.batch_size:(step + 1) * args.batch_size]
            xb, yb = x_tr[idx], y_tr[idx]
            if not args.no_augment:
                xb = augment(xb, gen, background=-mean / std)
            logits = model(xb)
            loss = F.cross_entropy(logits, yb, label_smoothing=0.1)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += loss.item() * len(idx)
            correct += (logits.argmax(1) == yb).sum().item()
            if (step + 1) % 100 == 0:
                print(f"  epoch {epoch + 1} step {step + 1}/{steps_per_epoch} loss {loss.item():.4f}", flush=True)
        test_acc = evaluate(model, x_te, y_te)
        print(f"epoch {epoch + 1}/{args.epochs}: train loss {loss_sum / len(x_tr):.4f} "
              f"train acc {correct / len(x_tr):.4f} test acc {test_acc:.4f} ({time.time() - t_ep:.0f} s)", flush=True)
    train_seconds = time.time() - t_train

    # Export: fold BN, check the folded model still agrees, write ONNX with weights inside the file.
    trained_acc = evaluate(model, x_te, y_te)
    export_model = folded_for_export(model)
    folded_acc = evaluate(export_model, x_te, y_te)
    print(f"test accuracy: trained {trained_acc:.4f}, BN-folded {folded_acc:.4f}", flush=True)

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    torch.onnx.export(export_model, torch.zeros(1, 1, 28, 28), args.out, opset_version=11,
                      input_names=["input"], output_names=["logits"],
                      dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}},
                      do_constant_folding=True, training=torch.onnx.TrainingMode.EVAL)

    import onnx
    proto = onnx.load(args.out)
    onnx.checker.check_model(proto)
    ops = sorted({n.op_type for n in proto.graph.node})
    with torch.no_grad():
        ref = torch.cat([export_model(x_te[i:i + 1000]) for i in range(0, len(x_te), 1000)]).numpy()
    got = np.concatenate([run_onnx_numpy(proto, x_te[i:i + 500].numpy()) for i in range(0, len(x_te), 500)])
    max_diff = float(np.abs(got - ref).max())
    onnx_acc = float((got.argmax(1) == te_lab).mean())
    agree = float((got.argmax(1) == ref.argmax(1)).mean())
    with open(args.out, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    size = os.path.getsize(args.out)
    print(f"ONNX {args.out}: {size} bytes, sha256 {sha}, operators {ops}; checker OK", flush=True)
    print(f"ONNX (numpy reference) vs torch on all {len(x_te)} test images: max |diff| {max_diff:.3g}, "
          f"top-1 agreement {agree:.4f}, ONNX test accuracy {onnx_acc:.4f}", flush=True)
    total_seconds = time.time() - t_start

    accuracy = round(onnx_acc, 4)
    if args.card:
        card = {
            "name": "fashion-mnist-cnn",
            "description": "DyVE Studio's bundled default model: plain 4-conv CNN for Fashion-MNIST "
                           "(models/fashion_mnist/train.py), batch norm folded; output logits",
            "sha256": [sha],
            "input": {"channels": 1, "height": 28, "width": 28, "channel_order": "GRAY", "resize": "stretch",
                      "scale": 1.0 / 255.0, "mean": [mean], "std": [std]},
            "classes": CLASSES,
            "default_data": "/usr/share/datasets/fashion-mnist",
            "accuracy": {"fashion-mnist-test": accuracy},
        }
        os.makedirs(os.path.dirname(os.path.abspath(args.card)), exist_ok=True)
        text = json.dumps(card, indent=2)
        # Keep short lists of numbers and strings on one line.
        text = re.sub(r"\[\s*([^\[\]{}]*?)\s*\]", lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
        with open(args.card, "w") as f:
            f.write(text + "\n")
        print(f"card written: {args.card}", flush=True)
    if args.summary:
        summary = {
            "onnx_file": os.path.relpath(args.out, REPO), "sha256": sha, "onnx_bytes": size, "operators": ops,
            "parameters_trained": n_params,
            "parameters_exported": int(sum(np.prod(t.dims) for t in proto.graph.initializer)),
            "mean": mean, "std": std, "epochs": args.epochs, "batch_size": args.batch_size, "lr": args.lr,
            "weight_decay": args.weight_decay, "augment": not args.no_augment, "threads": args.threads,
            "seed": args.seed, "torch_version": torch.__version__, "onnx_version": onnx.__version__,
            "train_seconds": round(train_seconds, 1), "total_seconds": round(total_seconds, 1),
            "test_accuracy_torch": trained_acc, "test_accuracy_folded": folded_acc,
            "test_accuracy_onnx": onnx_acc, "onnx_vs_torch_max_abs_diff": max_diff,
        }
        with open(args.summary, "w") as f:
            json.dump(summary, f, indent=2)
            f.write("\n")
    print(f"done in {total_seconds:.0f} s (training {train_seconds:.0f} s); final test accuracy {onnx_acc:.4f}",
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
