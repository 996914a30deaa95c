#include "input/camera_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyve::ui {

namespace {

// SPEC §7: the Pi camera through OpenCV's GStreamer backend (package gstreamer1.0-libcamera).
const char* const kPiCameraPipeline = "libcamerasrc ! video/x-raw,width=640,height=480,framerate=30/1 ! "
                                      "videoconvert ! video/x-raw,format=BGR ! appsink";

} // namespace

QStringList CameraDialog::suggestedSources() {
    QStringList sources;
    const QStringList nodes =
        QDir(QStringLiteral("/dev")).entryList({QStringLiteral("video*")}, QDir::System, QDir::Name);
    for (const QString& node : nodes)
        sources << QStringLiteral("/dev/") + node;
    sources << QStringLiteral("0") << QString::fromLatin1(kPiCameraPipeline);
    return sources;
}

CameraDialog::CameraDialog(const QString& lastSource, QWidget* parent)
    : QDialog(parent), m_source(new QComboBox(this)),
      m_paced(new QCheckBox(tr("Play video files at their frame rate"), this)) {
    setWindowTitle(tr("Open Camera"));
    m_source->setObjectName(QStringLiteral("cameraSource"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->setMinimumContentsLength(48);
    if (!lastSource.isEmpty()) m_source->addItem(lastSource);
    for (const QString& s : suggestedSources())
        if (s != lastSource) m_source->addItem(s);
    m_source->setCurrentIndex(0);
    m_paced->setChecked(true);
    m_paced->setToolTip(
        tr("Unticked, a video file's frames are run one after another as fast as the engine goes"));

    auto* browse = new QPushButton(tr("Video File…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = QFileInfo(m_source->currentText()).absolutePath();
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Video File as Camera"), start,
            tr("Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mjpeg);;All files (*)"));
        if (!file.isEmpty()) m_source->setCurrentText(file);
    });

    auto* help = new QLabel(tr("A device number (0), a device (/dev/video0), a GStreamer pipeline ending in "
                               "appsink, or a video file standing in for a camera."),
                            this);
    help->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_source, 1);
    row->addWidget(browse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(row);
    layout->addWidget(m_paced);
    layout->addWidget(buttons);
}

QString CameraDialog::source() const {
    return m_source->currentText().trimmed();
}

bool CameraDialog::paced() const {
    return m_paced->isChecked();
}

} // namespace dyve::ui
