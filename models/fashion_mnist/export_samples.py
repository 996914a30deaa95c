#!/usr/bin/python3
"""Write the small sample set bundled in resources/samples/ (DyVE Studio's out-of-the-box data).

Takes the first --per-class images of each class from the Fashion-MNIST test set, in t10k file order,
and saves them as 8-bit grayscale PNGs with exactly the raw pixels (white garment on black, no
inversion), named <t10k index, 4 digits>_<class slug>.png, e.g. 0000_ankle_boot.png. Also writes
  labels.txt   the list-file data set format of SPEC §5.2: "FILE label_index" per line
  classes.txt  the 10 class names, one per line, in label-index order

Usage:
    /usr/bin/python3 models/fashion_mnist/export_samples.py [--per-class 4] [--out resources/samples]
"""

import argparse
import os
import re
import sys

import numpy as np
from PIL import Image

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train import CLASSES, REPO, read_idx  # noqa: E402  (same IDX reader and class list as training)


def slug(name):
    """'T-shirt/top' -> 't-shirt_top', 'Ankle boot' -> 'ankle_boot'."""
    return re.sub(r"[^a-z0-9-]+", "_", name.lower()).strip("_")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    ap.add_argument("--per-class", type=int, default=4)
    ap.add_argument("--out", default=os.path.join(REPO, "resources", "samples"))
    args = ap.parse_args()

    images = read_idx(os.path.join(args.data, "t10k-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(args.data, "t10k-labels-idx1-ubyte.gz"))
    chosen = sorted(int(i) for c in range(len(CLASSES)) for i in np.flatnonzero(labels == c)[:args.per_class])

    os.makedirs(args.out, exist_ok=True)
    lines = []
    for i in chosen:
        name = f"{i:04d}_{slug(CLASSES[labels[i]])}.png"
        Image.fromarray(np.ascontiguousarray(images[i]), mode="L").save(os.path.join(args.out, name), optimize=True)
        lines.append(f"{name} {labels[i]}")
    with open(os.path.join(args.out, "labels.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(args.out, "classes.txt"), "w") as f:
        f.write("\n".join(CLASSES) + "\n")
    print(f"{len(chosen)} images, labels.txt and classes.txt written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
