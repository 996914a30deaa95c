#include "data/preprocess.h"

#include "core/errors.h"
#include "data/codec_messages.h"
#include "data/image_size.h"
#include "data/referenced_file.h"
#include "import/caffe_importer.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <filesystem>
#include <optional>

namespace fs = std::filesystem;

namespace dyve {

namespace {

// The mean file as written in the card: beside the card first, then beside the model (SPEC §5.2) — and
// only there: a card names no file outside those two folders (data/referenced_file.h).
std::string locateMeanFile(const ModelCard& card, const std::string& modelFile) {
    std::error_code ec;
    std::vector<std::string> candidates;
    bool outside = true;
    for (const std::string& referrer : {card.file, modelFile}) {
        if (referrer.empty()) continue;
        const std::string candidate =
            resolveInsideFolder(fs::path(referrer).parent_path().string(), card.meanFile);
        if (candidate.empty()) continue;
        outside = false;
        if (fs::is_regular_file(candidate, ec)) return candidate;
        candidates.push_back(candidate);
    }
    if (outside)
        throw DataError(card.file, "mean_file '" + card.meanFile +
                                       "' is outside the card's folder and the model's folder");
    std::string tried;
    for (const std::string& candidate : candidates)
        tried += (tried.empty() ? "" : ", ") + candidate;
    throw DataError(card.file, "mean_file '" + card.meanFile + "' not found (looked for " + tried + ")");
}

// Caffe's mean is per pixel at the training crop size or larger; a larger mean is centre-cropped to the
// input as Caffe's DataTransformer does with crop_size.
std::vector<float> meanImageFor(const ModelCard& card, const std::string& path) {
    Tensor mean;
    try {
        mean = readCaffeMean(path);
    } catch (const DataError&) {
        throw;
    } catch (const Error& e) {
        throw DataError(e.file(), e.reason());
    }
    if (mean.shape.size() != 3 || mean.floats.size() != size_t(elementCount(mean.shape)))
        throw DataError(path, "mean is not a C×H×W blob (shape " + toString(mean.shape) + ")");
    const int64_t c = mean.shape[0], h = mean.shape[1], w = mean.shape[2];
    if (c != card.channels || h < card.height || w < card.width)
        throw DataError(path, "mean is " + toString(mean.shape) + " but the model input is " +
                                  std::to_string(card.channels) + "x" + std::to_string(card.height) + "x" +
                                  std::to_string(card.width));
    const int64_t top = (h - card.height) / 2, left = (w - card.width) / 2;
    std::vector<float> cropped;
    cropped.reserve(size_t(card.channels) * card.height * card.width);
    for (int64_t ch = 0; ch < c; ++ch)
        for (int64_t y = 0; y < card.height; ++y)
            for (int64_t x = 0; x < card.width; ++x)
                cropped.push_back(mean.floats[size_t((ch * h + top + y) * w + left + x)]);
    return cropped;
}

} // namespace

Preprocessor::Preprocessor(const ModelCard& card, const std::string& modelFile) : m_card(card) {
    if (m_card.height < 1 || m_card.width < 1)
        throw DataError(m_card.file, "the model card gives no input size");
    const bool colour = m_card.channelOrder == "RGB" || m_card.channelOrder == "BGR";
    const bool single = m_card.channelOrder == "GRAY" || m_card.channelOrder == "Y";
    if (!(colour && m_card.channels == 3) && !(single && m_card.channels == 1))
        throw DataError(m_card.file, "input of " + std::to_string(m_card.channels) + " channels in order '" +
                                         m_card.channelOrder + "' is not supported (RGB/BGR: 3, GRAY/Y: 1)");
    const size_t channels = size_t(m_card.channels);
    if ((!m_card.mean.empty() && m_card.mean.size() != channels) ||
        (!m_card.std.empty() && m_card.std.size() != channels))
        throw DataError(m_card.file, "mean/std do not have one value per input channel");
    for (float s : m_card.std)
        if (s == 0.0f) throw DataError(m_card.file, "std contains 0");
    if (!m_card.meanFile.empty()) m_meanImage = meanImageFor(m_card, locateMeanFile(m_card, modelFile));
}

Shape Preprocessor::inputShape(int batch) const {
    return {batch, m_card.channels, m_card.height, m_card.width};
}

cv::Mat Preprocessor::toModelChannels(const cv::Mat& image) const {
    cv::Mat converted;
    const int channels = image.channels();
    if (m_card.channels == 3) {
        if (channels == 3) return image;
        cv::cvtColor(image, converted, channels == 1 ? cv::COLOR_GRAY2BGR : cv::COLOR_BGRA2BGR);
        return converted;
    }
    if (channels == 1) return image; // gray is luma already (same ITU-R BT.601 weights)
    if (m_card.channelOrder == "Y") {
        // The luma plane of YCbCr, as PIL's convert("YCbCr") gives the super-resolution model.
        cv::Mat bgr = image;
        if (channels == 4) cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
        cv::Mat ycrcb;
        cv::cvtColor(bgr, ycrcb, cv::COLOR_BGR2YCrCb);
        cv::extractChannel(ycrcb, converted, 0);
        return converted;
    }
    cv::cvtColor(image, converted, channels == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    return converted;
}

cv::Mat Preprocessor::toModelSize(const cv::Mat& image) const {
    const cv::Size target(m_card.width, m_card.height);
    if (image.size() == target) return image;
    cv::Mat resized;
    if (m_card.resize == "crop") {
        // Shorter side to the input size (the image covers the input), then the centre.
        const double factor = std::max(double(target.width) / image.cols, double(target.height) / image.rows);
        const cv::Size covering(std::max(target.width, int(std::lround(image.cols * factor))),
                                std::max(target.height, int(std::lround(image.rows * factor))));
        cv::resize(image, resized, covering, 0, 0, cv::INTER_LINEAR);
        const cv::Rect centre((covering.width - target.width) / 2, (covering.height - target.height) / 2,
                              target.width, target.height);
        return resized(centre).clone();
    }
    cv::resize(image, resized, target, 0, 0, cv::INTER_LINEAR);
    return resized;
}

void Preprocessor::fill(const cv::Mat& image, Tensor& batch, int n) const {
    if (image.empty()) throw DataError("", "empty image");
    if (image.dims != 2 || (image.channels() != 1 && image.channels() != 3 && image.channels() != 4))
        throw DataError("",
                        "image with " + std::to_string(image.channels()) + " channels (expected 1, 3 or 4)");
    const Shape expected = inputShape(batch.shape.empty() ? 1 : int(batch.shape[0]));
    if (batch.shape != expected || n < 0 || n >= expected[0] ||
        batch.floats.size() != size_t(elementCount(expected)))
        throw DataError("", "batch tensor " + toString(batch.shape) + " slot " + std::to_string(n) +
                                " does not fit input " + toString(inputShape(1)));

    cv::Mat pixels = image;
    try {
        if (image.depth() != CV_8U) {
            // 16-bit PNG/TIFF and float images from callers: to the 0–255 range the card assumes.
            const double factor = image.depth() == CV_16U ? 1.0 / 257.0 : 1.0;
            image.convertTo(pixels, CV_8U, factor);
        }
        pixels = toModelSize(toModelChannels(pixels));
    } catch (const cv::Exception& e) { // out of memory, in practice: readImage() limits what it decodes
        throw DataError("", "cannot convert the " + std::to_string(image.cols) + "×" +
                                std::to_string(image.rows) + " image to the model's input (" + e.err + ")");
    }

    const int channels = m_card.channels, height = m_card.height, width = m_card.width;
    const size_t plane = size_t(height) * width;
    float* out = batch.data() + size_t(n) * channels * plane;
    const bool rgb = m_card.channelOrder == "RGB";
    const int stride = pixels.channels(); // == channels: toModelChannels converted it
    for (int c = 0; c < channels; ++c) {
        // OpenCV holds B,G,R; an RGB model's channel 0 is OpenCV's channel 2.
        const int source = rgb ? 2 - c : c;
        const float mean = m_card.mean.empty() ? 0.0f : m_card.mean[size_t(c)];
        const float deviation = m_card.std.empty() ? 1.0f : m_card.std[size_t(c)];
        const float* meanPlane = m_meanImage.empty() ? nullptr : m_meanImage.data() + size_t(c) * plane;
        float* dst = out + size_t(c) * plane;
        for (int y = 0; y < height; ++y) {
            const uint8_t* row = pixels.ptr<uint8_t>(y);
            for (int x = 0; x < width; ++x) {
                float v = row[x * stride + source];
                if (meanPlane) v -= meanPlane[size_t(y) * width + x];
                v *= m_card.scale;
                dst[size_t(y) * width + x] = (v - mean) / deviation;
            }
        }
    }
}

Tensor Preprocessor::toTensor(const cv::Mat& image) const {
    Tensor tensor = Tensor::zeros(inputShape(1));
    fill(image, tensor, 0);
    return tensor;
}

cv::Mat readImage(const std::string& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) throw DataError(path, "cannot read image (no such file)");
    if (fs::is_directory(status)) throw DataError(path, "cannot read image (it is a folder)");
    if (!fs::is_regular_file(status)) throw DataError(path, "cannot read image (not a regular file)");
    // The size first, from the header: a decoder allocates what the header says (SPEC §8).
    const std::optional<ImageSize> size = readImageSize(path);
    if (!size)
        throw DataError(path, "cannot read image (not an image format OpenCV reads (PNG, JPEG, BMP, PNM, "
                              "TIFF, WebP, JPEG 2000, ...), or corrupt)");
    checkImageSize(path, *size);

    cv::Mat image;
    CodecMessages messages;
    try {
        // ANYCOLOR keeps gray images one-channel (no needless ×3) and gives colour ones as 8-bit BGR.
        image = cv::imread(path, cv::IMREAD_ANYCOLOR);
    } catch (const cv::Exception& e) {
        messages.finish();
        throw DataError(path, "cannot read image (" + e.err + ")");
    }
    const std::vector<std::string> said = messages.finish();
    if (image.empty())
        throw DataError(path, "cannot read image (" +
                                  (said.empty() ? "corrupt " + size->format + " data" : said.front()) + ")");
    for (const std::string& message : said)
        if (saysImageIsDamaged(message))
            throw DataError(path, "cannot read image (its data ends early or is damaged: " + message + ")");
    return image;
}

} // namespace dyve
