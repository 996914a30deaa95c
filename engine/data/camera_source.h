#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/videoio.hpp>

#include <chrono>
#include <cstdint>
#include <string>

namespace dyve {

// What a camera source string names (SPEC §6 "camera: device index, device path, GStreamer pipeline, or
// a video file"; SPEC §7: on the Pi a libcamerasrc pipeline, V4L2 for USB cameras, a file in tests).
enum class CameraKind {
    DeviceIndex, // "0": /dev/video0 on Linux
    DevicePath,  // "/dev/video0"
    Pipeline,    // anything with a '!': "libcamerasrc ! video/x-raw,width=640 ! videoconvert ! appsink"
    VideoFile,   // any other string: a video file standing in for a camera
};

CameraKind cameraKindOf(const std::string& source);

struct CameraOptions {
    // Video files only (a device delivers at its own rate): true plays the file at its frame rate like a
    // camera would; false hands out the next frame as soon as it is asked for, so a benchmark or a demo
    // on a slow engine sees every frame at the engine's pace.
    bool paced = true;
};

// Frames from a camera, or from a video file standing in for one (it loops at its end). Used from one
// thread at a time. Every failure is a DataError naming the source and the problem in one line
// ("camera 3: no such device", "clip.avi: cannot decode (...)"), so the CLI and the studio print it as is.
class CameraSource {
public:
    // Opens the source and reads its first frame, so a source that opens but delivers nothing fails here
    // rather than on the first read.
    explicit CameraSource(std::string source, CameraOptions options = {});

    // The next frame, 8-bit BGR. For a paced video file this waits until the frame is due; at the file's
    // end it starts again. Throws DataError when a device or pipeline stops delivering (unplugged, or the
    // pipeline ended) or a video file was removed while it played.
    cv::Mat read();

    const std::string& source() const { return m_source; }
    CameraKind kind() const { return m_kind; }
    // How messages name the source: "camera 0", "/dev/video0", "pipeline 'libcamerasrc ! …'", "clip.avi".
    const std::string& name() const { return m_name; }
    // Frames per second as the source reports it (0 when it does not say).
    double frameRate() const { return m_frameRate; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    int64_t framesRead() const { return m_framesRead; }
    // How many times a video file has started again from its first frame.
    int64_t loops() const { return m_loops; }

private:
    using Clock = std::chrono::steady_clock;

    void open();
    cv::Mat grab();
    cv::Mat rewindAndGrab();
    void waitUntilDue();

    std::string m_source;
    CameraKind m_kind;
    std::string m_name;
    CameraOptions m_options;
    cv::VideoCapture m_capture;
    cv::Mat m_first; // read by the constructor, handed out by the first read()
    double m_frameRate = 0.0;
    int m_width = 0;
    int m_height = 0;
    int64_t m_framesRead = 0;
    int64_t m_loops = 0;
    Clock::duration m_period{};
    Clock::time_point m_due{};
};

} // namespace dyve
