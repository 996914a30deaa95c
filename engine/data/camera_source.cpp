#include "data/camera_source.h"

#include "core/errors.h"

#include <opencv2/videoio/registry.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <system_error>
#include <thread>

namespace fs = std::filesystem;

namespace dyve {

namespace {

// A video file that does not say its frame rate plays at the common PAL rate.
constexpr double kFallbackFrameRate = 25.0;

bool allDigits(const std::string& s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool exists(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

std::string nameOf(const std::string& source, CameraKind kind) {
    switch (kind) {
    case CameraKind::DeviceIndex:
        return "camera " + source;
    case CameraKind::Pipeline:
        return "pipeline '" + source + "'";
    case CameraKind::DevicePath:
    case CameraKind::VideoFile:
        break;
    }
    return source;
}

// The V4L2 backend on Linux: CAP_ANY would also try GStreamer and FFmpeg on a device node, each printing
// its own warning before the real failure.
int deviceBackend() {
#ifdef __linux__
    return cv::CAP_V4L2;
#else
    return cv::CAP_ANY;
#endif
}

} // namespace

CameraKind cameraKindOf(const std::string& source) {
    if (allDigits(source)) return CameraKind::DeviceIndex;
    if (source.find('!') != std::string::npos) return CameraKind::Pipeline;
    if (source.rfind("/dev/", 0) == 0) return CameraKind::DevicePath;
    return CameraKind::VideoFile;
}

CameraSource::CameraSource(std::string source, CameraOptions options)
    : m_source(std::move(source)), m_kind(cameraKindOf(m_source)), m_name(nameOf(m_source, m_kind)),
      m_options(options) {
    open();
}

void CameraSource::open() {
    if (m_source.empty())
        throw DataError("camera", "no source given (a device index, a device path, a "
                                  "GStreamer pipeline or a video file)");
    switch (m_kind) {
    case CameraKind::DeviceIndex: {
        if (m_source.size() > 6) throw DataError(m_name, "no such device");
        const int index = std::stoi(m_source);
#ifdef __linux__
        // Asking OpenCV for a device that is not there costs a warning on stderr and says only "false".
        if (!exists("/dev/video" + std::to_string(index))) throw DataError(m_name, "no such device");
#endif
        m_capture.open(index, deviceBackend());
        if (!m_capture.isOpened())
            throw DataError(m_name, "cannot open (in use by another program, or not a capture device)");
        break;
    }
    case CameraKind::DevicePath:
        if (!exists(m_source)) throw DataError(m_name, "no such device");
        m_capture.open(m_source, deviceBackend());
        if (!m_capture.isOpened())
            throw DataError(m_name, "cannot open (in use by another program, or not a capture device)");
        break;
    case CameraKind::Pipeline:
        if (!cv::videoio_registry::hasBackend(cv::CAP_GSTREAMER))
            throw DataError(m_name, "cannot open: this OpenCV was built without GStreamer");
        m_capture.open(m_source, cv::CAP_GSTREAMER);
        if (!m_capture.isOpened())
            throw DataError(m_name,
                            "cannot start (check each element exists and the pipeline ends in appsink)");
        break;
    case CameraKind::VideoFile:
        if (!exists(m_source)) throw DataError(m_name, "no such file or device");
        if (fs::is_directory(m_source)) throw DataError(m_name, "is a folder, not a video file");
        m_capture.open(m_source, cv::CAP_ANY);
        if (!m_capture.isOpened()) throw DataError(m_name, "cannot decode (not a video format OpenCV reads)");
        break;
    }

    m_first = grab();
    if (m_first.empty())
        throw DataError(m_name, m_kind == CameraKind::VideoFile ? "cannot decode (no frames)"
                                                                : "opened but delivers no frames");
    m_width = m_first.cols;
    m_height = m_first.rows;
    const double fps = m_capture.get(cv::CAP_PROP_FPS);
    m_frameRate = std::isfinite(fps) && fps > 0.0 && fps < 1000.0 ? fps : 0.0;
    const double pace = m_frameRate > 0.0 ? m_frameRate : kFallbackFrameRate;
    m_period = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / pace));
    m_due = Clock::now();
}

cv::Mat CameraSource::grab() {
    // A fresh Mat each time: the frame is handed to another thread while the next one is read.
    cv::Mat frame;
    if (!m_capture.read(frame) || frame.empty()) return {};
    return frame;
}

cv::Mat CameraSource::rewindAndGrab() {
    ++m_loops;
    // The open handle would play a deleted file on for ever; a file taken away is a camera unplugged.
    if (!exists(m_source)) throw DataError(m_name, "the video file was removed while playing");
    // Seeking is cheap where it works; some containers only restart when reopened.
    if (m_capture.set(cv::CAP_PROP_POS_FRAMES, 0.0)) {
        cv::Mat frame = grab();
        if (!frame.empty()) return frame;
    }
    m_capture.release();
    m_capture.open(m_source, cv::CAP_ANY);
    cv::Mat frame = m_capture.isOpened() ? grab() : cv::Mat();
    if (frame.empty()) throw DataError(m_name, "cannot decode (the file stopped being readable)");
    return frame;
}

void CameraSource::waitUntilDue() {
    if (m_kind != CameraKind::VideoFile || !m_options.paced) return;
    std::this_thread::sleep_until(m_due);
    const Clock::time_point now = Clock::now();
    m_due += m_period;
    // Behind by more than a frame (a slow consumer): carry on from now rather than catching up in a burst.
    if (m_due < now) m_due = now + m_period;
}

cv::Mat CameraSource::read() {
    waitUntilDue();
    cv::Mat frame;
    if (!m_first.empty()) {
        frame = std::move(m_first);
        m_first = cv::Mat();
    } else {
        frame = grab();
        if (frame.empty()) {
            if (m_kind != CameraKind::VideoFile)
                throw DataError(m_name, "stopped delivering frames (unplugged?)");
            frame = rewindAndGrab();
        }
    }
    ++m_framesRead;
    return frame;
}

} // namespace dyve
