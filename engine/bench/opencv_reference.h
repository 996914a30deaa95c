#pragma once

#include "core/tensor.h"

#include <memory>
#include <string>

namespace dyve {

// The same model file run by OpenCV's cv::dnn (default backend, CPU target): the reference the dense
// engine is checked against (SPEC §4.2, relative L2 error ≤ 1e-4) and timed against (SPEC §9,
// `dyve bench`). Not thread-safe; one instance per thread of work.
class OpenCvReference {
public:
    // An ONNX file, or a Caffe .prototxt with its weights (`weightsFile`, or the .caffemodel found beside
    // it as SPEC §4.1 says). Throws ImportError naming the file when cv::dnn cannot load it.
    explicit OpenCvReference(const std::string& modelFile, const std::string& weightsFile = {});
    ~OpenCvReference();
    OpenCvReference(OpenCvReference&&) noexcept;
    OpenCvReference& operator=(OpenCvReference&&) noexcept;

    // One forward pass on an N×C×H×W input; returns the network's final output. Throws DataError naming
    // the model file when cv::dnn rejects the input.
    Tensor run(const Tensor& input);
    // Makes run() return the output of cv::dnn's layer `name` (an ONNX node's output) instead of the final
    // one, for a model with several outputs; returns false, changing nothing, when cv::dnn has no such layer.
    bool setOutput(const std::string& name);

    const std::string& modelFile() const { return m_modelFile; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::string m_modelFile;
    std::string m_output; // empty: the final output
};

// Threads cv::dnn may use (cv::setNumThreads); 0 means all cores.
void setOpenCvThreadCount(int threads);

// ‖a − b‖₂ / ‖b‖₂ over all elements (b is the reference); +inf when the element counts differ.
double relativeL2Error(const Tensor& a, const Tensor& reference);

} // namespace dyve
