#pragma once

#include "data/dataset.h"

#include <string>

namespace dyve {

// MNIST / Fashion-MNIST IDX files (SPEC §5.2), gzip-compressed or raw: an unsigned-byte image file
// (magic 0x00000803, N×rows×cols) and its label file (0x00000801, N).
std::unique_ptr<Dataset> openIdxDataset(const std::string& imagesFile, const std::string& labelsFile,
                                        size_t limit);

// The label file for an image file: "...-images-idx3-ubyte[.gz]" → "...-labels-idx1-ubyte[.gz]" (either
// compression). Returns "" when there is none.
std::string idxLabelsFileFor(const std::string& imagesFile);

// The images file in a folder of IDX files: the test pair (t10k-*) when there are train and test files,
// else the only one. Returns "" when the folder holds none.
std::string idxImagesFileIn(const std::string& folder);

// True when the file (raw or gzip) starts with an IDX magic number.
bool looksLikeIdx(const std::string& file);

} // namespace dyve
