#pragma once

#include "core/tensor.h"
#include "data/dataset.h"
#include "data/preprocess.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

namespace dyve {

// The first images of a labelled data set, decoded and preprocessed once and kept in memory as ready
// input batches: what calibration, tuning and sweeps run a network over many times (SPEC §4.7), so that
// each pass costs inference only.
struct ImageBatches {
    std::vector<Tensor> batches; // N×C×H×W, every batch full but the last
    std::vector<int> labels;     // one per image, in order
    int batch = 1;

    size_t images() const { return labels.size(); }
};

// Prepares the first `count` images of `data` (all when `count` is 0) in batches of `batch` (use
// usableBatch()). Throws DataError naming an unreadable image. `progress` is called with (done, total);
// `cancel`, when it turns true, stops early with the batches done so far.
ImageBatches prepareImageBatches(const Dataset& data, const Preprocessor& pre, size_t count, int batch,
                                 const std::function<void(size_t, size_t)>& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);

// Image `index` of `data` preprocessed into slot `slot` of `batch`: Preprocessor::fill, with the image
// named (Dataset::describe) in a DataError that names no file.
void fillImage(const Preprocessor& pre, const Dataset& data, size_t index, Tensor& batch, int slot);

// The first `images` images of `all` (whole batches and one cut short), sharing nothing with it.
ImageBatches firstImages(const ImageBatches& all, size_t images);

} // namespace dyve
