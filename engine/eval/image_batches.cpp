#include "eval/image_batches.h"

#include "core/errors.h"

#include <algorithm>

namespace dyve {

ImageBatches prepareImageBatches(const Dataset& data, const Preprocessor& pre, size_t count, int batch,
                                 const std::function<void(size_t, size_t)>& progress,
                                 const std::atomic<bool>* cancel) {
    ImageBatches prepared;
    prepared.batch = std::max(batch, 1);
    const size_t total = count == 0 ? data.size() : std::min(count, data.size());
    for (size_t first = 0; first < total; first += static_cast<size_t>(prepared.batch)) {
        if (cancel && cancel->load()) break;
        const int n = static_cast<int>(std::min<size_t>(prepared.batch, total - first));
        Tensor input = Tensor::zeros(pre.inputShape(n));
        for (int i = 0; i < n; ++i) {
            fillImage(pre, data, first + static_cast<size_t>(i), input, i);
            prepared.labels.push_back(data.label(first + static_cast<size_t>(i)));
        }
        prepared.batches.push_back(std::move(input));
        if (progress) progress(prepared.labels.size(), total);
    }
    return prepared;
}

void fillImage(const Preprocessor& pre, const Dataset& data, size_t index, Tensor& batch, int slot) {
    const cv::Mat image = data.image(index);
    try {
        pre.fill(image, batch, slot);
    } catch (const DataError& e) {
        if (!e.file().empty()) throw;
        throw DataError(data.describe(index), e.reason());
    }
}

ImageBatches firstImages(const ImageBatches& all, size_t images) {
    ImageBatches part;
    part.batch = all.batch;
    for (const Tensor& b : all.batches) {
        if (part.labels.size() >= images) break;
        const int64_t n = b.shape.empty() ? 0 : b.shape[0];
        const int64_t take = std::min<int64_t>(n, static_cast<int64_t>(images - part.labels.size()));
        if (take == n) {
            part.batches.push_back(b);
        } else {
            Shape shape = b.shape;
            shape[0] = take;
            const int64_t each = n ? b.size() / n : 0;
            part.batches.push_back(
                Tensor(shape, std::vector<float>(b.floats.begin(), b.floats.begin() + take * each)));
        }
        part.labels.insert(
            part.labels.end(), all.labels.begin() + static_cast<std::ptrdiff_t>(part.labels.size()),
            all.labels.begin() + static_cast<std::ptrdiff_t>(part.labels.size() + static_cast<size_t>(take)));
    }
    return part;
}

} // namespace dyve
