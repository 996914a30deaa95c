#pragma once

#include "core/tensor.h"
#include "data/model_card.h"

#include <opencv2/core/mat.hpp>
#include <string>

namespace dyve {

// Turns decoded images into input tensors the way a model card says (SPEC §5.2). Built once per card:
// the mean file is read here. `modelFile` (optional) is where a relative mean_file is looked for when it
// is not beside the card — the zoo's cards live in models/cards, their mean files beside the models.
// Throws DataError when the mean file is missing, unreadable or does not fit the input.
class Preprocessor {
public:
    explicit Preprocessor(const ModelCard& card, const std::string& modelFile = {});

    Shape inputShape(int batch = 1) const;
    // An 8-bit image with 1, 3 or 4 channels in OpenCV's BGR order → 1×C×H×W. Gray images feed colour
    // models (replicated) and colour images feed one-channel models (luma); any size is resized.
    Tensor toTensor(const cv::Mat& image) const;
    // Writes one image into slot n of an N×C×H×W batch tensor. Throws DataError with no file (the caller
    // knows it) for an empty image, one of another channel count, or one that cannot be converted.
    void fill(const cv::Mat& image, Tensor& batch, int n) const;

private:
    cv::Mat toModelChannels(const cv::Mat& image) const;
    cv::Mat toModelSize(const cv::Mat& image) const;

    ModelCard m_card;
    std::vector<float> m_meanImage; // C×H×W, empty when the card has no mean file
};

// Decodes an image file (any format OpenCV reads) as 8-bit BGR or grayscale; throws DataError
// "<file>: cannot read image (...)" for missing, unreadable, corrupt or cut-short files, and "<file>: image
// is W×H, above the limit of ..." — read from the header, before decoding — for images above
// kMaxImagePixels or kMaxImageSide (data/image_size.h). The codecs' own warnings are kept off stderr
// (data/codec_messages.h).
cv::Mat readImage(const std::string& path);

} // namespace dyve
