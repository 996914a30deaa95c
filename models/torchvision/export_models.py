#!/usr/bin/python3
"""Export torchvision classification models to ONNX with PyTorch's own outputs, for the model-coverage
test (tests/torchvision_coverage_test.cpp, issue 15).

Each model is built by torchvision with random weights (torch.manual_seed, then random batch-norm
statistics so that folding them is exercised), put in eval mode and exported by torch.onnx.export at opset
13 as a new user would, with the exporter's defaults (constant folding on, shared initializers behind
Identity nodes). One input of 1×3×S×S (S = 224, 299 for inception_v3) drawn from a fixed seed is run by
PyTorch; its output is the reference. Written per model, in the ONNX backend-test layout that
dyve::readOnnxTensorFile reads:

    OUT/<name>/model.onnx
    OUT/<name>/test_data_set_0/input_0.pb    the input  (onnx.TensorProto, float32)
    OUT/<name>/test_data_set_0/output_0.pb   PyTorch's output
    OUT/<name>/model.card.json               torchvision's ImageNet preprocessing, so that `dyve` and the
                                             studio open the model as it is (weights random: the classes
                                             it names are not meaningful)
    OUT/<name>/imagenet_classes.txt          the card's class names (models/cards), beside it

alexnet and vgg11 keep their convolutions but get a classifier of width 256 instead of 4096 (the same
Dropout/Linear/ReLU sequence): at full width their files are 230 and 500 MB of random numbers.

Usage:
    /usr/bin/python3 models/torchvision/export_models.py OUT [NAME...]   (no NAME: the default set)
    /usr/bin/python3 models/torchvision/export_models.py --list
"""

import argparse
import json
import os
import shutil
import struct
import sys
import time
import warnings

import torch
import torchvision

# The models the coverage test checks, in the order it reports them.
DEFAULT_MODELS = [
    "alexnet", "densenet121", "efficientnet_b0", "googlenet", "mnasnet0_5", "mobilenet_v2",
    "mobilenet_v3_small", "regnet_x_400mf", "resnet18", "shufflenet_v2_x1_0", "squeezenet1_1", "vgg11",
]
REDUCED_CLASSIFIER_WIDTH = 256
SEED = 15  # the number: any fixed value


def input_size(name):
    return 299 if name == "inception_v3" else 224


def reduce_classifier(model):
    """alexnet and vgg: the classifier's hidden layers at REDUCED_CLASSIFIER_WIDTH, same structure."""
    layers = list(model.classifier)
    linears = [i for i, m in enumerate(layers) if isinstance(m, torch.nn.Linear)]
    for k, i in enumerate(linears):
        fan_in = layers[i].in_features if k == 0 else REDUCED_CLASSIFIER_WIDTH
        fan_out = layers[i].out_features if k == len(linears) - 1 else REDUCED_CLASSIFIER_WIDTH
        layers[i] = torch.nn.Linear(fan_in, fan_out)
    model.classifier = torch.nn.Sequential(*layers)


def build(name):
    """The torchvision model `name` with random weights drawn from SEED, in eval mode."""
    torch.manual_seed(SEED)
    kwargs = {"weights": None}
    if name in ("googlenet", "inception_v3"):
        kwargs["aux_logits"] = False  # the auxiliary heads only run in training
        kwargs["init_weights"] = True
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = torchvision.models.get_model(name, **kwargs) if hasattr(torchvision.models, "get_model") \
            else getattr(torchvision.models, name)(**kwargs)
    if name.startswith("alexnet") or name.startswith("vgg"):
        reduce_classifier(model)
    # Random statistics and affine parameters: with the defaults (mean 0, variance 1, scale 1, shift 0)
    # every batch norm would be nearly the identity and a wrong folding would go unnoticed.
    for m in model.modules():
        if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
            with torch.no_grad():
                m.running_mean.normal_(0.0, 0.1)
                m.running_var.uniform_(0.5, 1.5)
                if m.affine:
                    m.weight.uniform_(0.5, 1.5)
                    m.bias.normal_(0.0, 0.1)
    return model.eval()


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def tensor_proto(name, tensor):
    """An onnx.TensorProto (float32, raw_data) written by hand, so that the onnx package is not needed:
    dims = field 1, data_type = field 2 (1 = FLOAT), name = field 8, raw_data = field 9."""
    t = tensor.detach().contiguous().to(torch.float32)
    out = bytearray()
    for d in t.shape:
        out += b"\x08" + varint(d)
    out += b"\x10" + varint(1)
    name_bytes = name.encode()
    out += b"\x42" + varint(len(name_bytes)) + name_bytes
    raw = struct.pack("<%df" % t.numel(), *t.flatten().tolist())
    out += b"\x4a" + varint(len(raw)) + raw
    return bytes(out)


CLASSES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cards", "imagenet_classes.txt")


def write_card(name, folder, size):
    """torchvision's ImageNet preprocessing as a model card, its class names copied beside it."""
    shutil.copyfile(CLASSES, os.path.join(folder, "imagenet_classes.txt"))
    card = {
        "name": "%s (torchvision, random weights)" % name,
        "description": "exported by models/torchvision/export_models.py for the model-coverage test",
        "input": {"channels": 3, "height": size, "width": size, "channel_order": "RGB", "resize": "crop",
                  "scale": 1.0 / 255.0, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
        "classes_file": "imagenet_classes.txt",
        "default_data": "imagenet-test",
    }
    with open(os.path.join(folder, "model.card.json"), "w") as f:
        json.dump(card, f, indent=2)


def export(name, out_dir):
    model = build(name)
    size = input_size(name)
    generator = torch.Generator().manual_seed(SEED)
    x = torch.randn(1, 3, size, size, generator=generator)
    with torch.no_grad():
        expected = model(x)
    folder = os.path.join(out_dir, name)
    data = os.path.join(folder, "test_data_set_0")
    os.makedirs(data, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(model, x, os.path.join(folder, "model.onnx"), opset_version=13,
                          input_names=["input"], output_names=["logits"])
    with open(os.path.join(data, "input_0.pb"), "wb") as f:
        f.write(tensor_proto("input", x))
    with open(os.path.join(data, "output_0.pb"), "wb") as f:
        f.write(tensor_proto("logits", expected))
    write_card(name, folder, size)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", help="output folder")
    parser.add_argument("names", nargs="*", help="torchvision model names (default: %(default)s)")
    parser.add_argument("--list", action="store_true", help="print the default set and exit")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if args.list:
        print("\n".join(DEFAULT_MODELS))
        return 0
    if not args.out:
        parser.error("the output folder is required")
    torch.set_num_threads(args.threads)
    sys.dont_write_bytecode = True
    for name in args.names or DEFAULT_MODELS:
        start = time.monotonic()
        export(name, args.out)
        print("%s: exported in %.1f s" % (name, time.monotonic() - start), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
