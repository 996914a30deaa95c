#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace dyve::ui {

// File ▸ Open Camera… (SPEC §6): a source string typed or picked — a device index, a device path (the
// /dev/video* nodes found are offered), a GStreamer pipeline (the Pi camera's libcamerasrc one is
// offered), or a video file standing in for a camera (Browse…).
class CameraDialog : public QDialog {
    Q_OBJECT

public:
    explicit CameraDialog(const QString& lastSource, QWidget* parent = nullptr);

    QString source() const;
    // Video files only: play at the file's frame rate (a camera's pace) rather than the engine's.
    bool paced() const;

    // The offered sources: the device nodes present, then the Pi camera pipeline.
    static QStringList suggestedSources();

private:
    QComboBox* m_source;
    QCheckBox* m_paced;
};

} // namespace dyve::ui
