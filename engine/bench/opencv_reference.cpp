#include "bench/opencv_reference.h"

#include "core/errors.h"
#include "import/caffe_importer.h"
#include "import/model_loader.h"
#include "runtime/threading.h"

#include <cmath>
#include <limits>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

namespace dyve {

struct OpenCvReference::Impl {
    cv::dnn::Net net;
};

namespace {

// cv::Exception::what() spans several lines with the source location; its `err` is the reason alone.
std::string reasonOf(const cv::Exception& e) {
    return e.err.empty() ? std::string(e.what()) : e.err;
}

} // namespace

OpenCvReference::OpenCvReference(const std::string& modelFile, const std::string& weightsFile)
    : m_impl(std::make_unique<Impl>()), m_modelFile(modelFile) {
    const std::string format = detectModelFormat(modelFile);
    if (format.empty()) throw ImportError(modelFile, "neither an ONNX model nor a Caffe .prototxt");
    try {
        if (format == "caffe") {
            const std::string weights = weightsFile.empty() ? findCaffeWeights(modelFile) : weightsFile;
            m_impl->net = cv::dnn::readNetFromCaffe(modelFile, weights);
        } else {
            m_impl->net = cv::dnn::readNetFromONNX(modelFile);
        }
    } catch (const cv::Exception& e) {
        throw ImportError(modelFile, "OpenCV cv::dnn cannot load the model: " + reasonOf(e));
    }
    if (m_impl->net.empty()) throw ImportError(modelFile, "OpenCV cv::dnn loaded an empty network");
    m_impl->net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    m_impl->net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
}

OpenCvReference::~OpenCvReference() = default;
OpenCvReference::OpenCvReference(OpenCvReference&&) noexcept = default;
OpenCvReference& OpenCvReference::operator=(OpenCvReference&&) noexcept = default;

Tensor OpenCvReference::run(const Tensor& input) {
    std::vector<int> dims(input.shape.begin(), input.shape.end());
    // A blob over the tensor's own memory: setInput copies it into the network.
    const cv::Mat blob(static_cast<int>(dims.size()), dims.data(), CV_32F, const_cast<float*>(input.data()));
    cv::Mat out;
    try {
        m_impl->net.setInput(blob);
        out = m_output.empty() ? m_impl->net.forward() : m_impl->net.forward(m_output);
    } catch (const cv::Exception& e) {
        throw DataError(m_modelFile, "OpenCV cv::dnn cannot run the input of shape " + toString(input.shape) +
                                         ": " + reasonOf(e));
    }
    if (!out.isContinuous()) out = out.clone();
    Tensor result;
    for (int d = 0; d < out.dims; ++d)
        result.shape.push_back(out.size[d]);
    const float* data = out.ptr<float>();
    result.floats.assign(data, data + out.total());
    return result;
}

bool OpenCvReference::setOutput(const std::string& name) {
    try {
        if (m_impl->net.getLayerId(name) < 0) return false;
    } catch (const cv::Exception&) {
        return false;
    }
    m_output = name;
    return true;
}

void setOpenCvThreadCount(int threads) {
    cv::setNumThreads(threads <= 0 ? hardwareThreads() : threads);
}

double relativeL2Error(const Tensor& a, const Tensor& reference) {
    if (a.floats.size() != reference.floats.size()) return std::numeric_limits<double>::infinity();
    double diff = 0.0, norm = 0.0;
    for (size_t i = 0; i < a.floats.size(); ++i) {
        const double d = double(a.floats[i]) - double(reference.floats[i]);
        diff += d * d;
        norm += double(reference.floats[i]) * double(reference.floats[i]);
    }
    if (norm == 0.0) return diff == 0.0 ? 0.0 : std::numeric_limits<double>::infinity();
    return std::sqrt(diff / norm);
}

} // namespace dyve
