// Cameras (SPEC §6, §7, §8): engine/data/camera_source on a video file made here from the sample images
// (a video file stands in for a camera in tests), one-line messages for missing and undecodable sources,
// CameraWorker handing the newest frame to the engine without a queue, and the main window reporting a
// missing camera and carrying on.
#include "input/input_view.h"
#include "jobs/camera_worker.h"
#include "jobs/frame_clock.h"
#include "jobs/inference_worker.h"
#include "main_window.h"

#include "core/errors.h"
#include "data/camera_source.h"
#include "data/preprocess.h"

#include "support/engine_hold.h"
#include "support/scratch_settings.h"
#include "support/test_paths.h"

#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using dyve::CameraKind;
using dyve::CameraSource;
using dyve::ui::CameraWorker;
using dyve::ui::InferenceResult;
using dyve::ui::InferenceWorker;
using dyve::ui::InputView;
using dyve::ui::MainWindow;

namespace {

constexpr int kWaitMs = 60000; // the machine is shared; nothing here measures time
constexpr int kFrames = 6;

// A short MJPG video of the first sample images, 112×112 colour at 25 fps; "" when it cannot be written.
QString writeSampleVideo(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("samples.avi"));
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25.0,
                           cv::Size(112, 112), true);
    if (!writer.isOpened()) return {};
    const QStringList files = QDir(dyve::test::sourcePath("resources/samples"))
                                  .entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    for (int i = 0; i < kFrames && i < files.size(); ++i) {
        cv::Mat image =
            dyve::readImage(dyve::test::sourcePath("resources/samples/" + files[i]).toStdString());
        cv::Mat colour, big;
        if (image.channels() == 1)
            cv::cvtColor(image, colour, cv::COLOR_GRAY2BGR);
        else
            colour = image;
        cv::resize(colour, big, cv::Size(112, 112), 0, 0, cv::INTER_NEAREST);
        writer.write(big);
    }
    writer.release();
    return path;
}

QString errorOf(const std::string& source) {
    try {
        CameraSource camera(source);
    } catch (const dyve::DataError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// A camera frame's result as the engine hands it over: its name, a picture, and its top classes.
InferenceResult frameResult(const QString& name, std::vector<dyve::ClassScore> top) {
    InferenceResult r;
    r.inputName = name;
    r.image = QImage(112, 112, QImage::Format_RGB888);
    r.image.fill(Qt::gray);
    r.top = std::move(top);
    for (int i = 0; i < 10; ++i)
        r.classNames << QStringLiteral("class %1").arg(i);
    return r;
}

// Records what a widget tree shows every time any part of it paints, so that a test can see a paint made
// while the view was half-way through taking a new result (a screenshot of that moment).
class PaintWatch : public QObject {
public:
    explicit PaintWatch(InputView& view) : m_view(view) {
        view.installEventFilter(this);
        for (QWidget* w : view.findChildren<QWidget*>())
            w->installEventFilter(this);
    }
    QList<QStringList> painted;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint) painted << m_view.shownText();
        return false;
    }

private:
    InputView& m_view;
};

std::unique_ptr<InferenceWorker> readyWorker() {
    auto worker = std::make_unique<InferenceWorker>(
        std::vector<std::string>{dyve::test::sourcePath("models/cards").toStdString()});
    QSignalSpy loaded(worker.get(), &InferenceWorker::modelLoaded);
    worker->loadModel(dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx"));
    if (!loaded.wait(kWaitMs) && loaded.isEmpty()) return nullptr;
    return worker;
}

} // namespace

class CameraTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    QString m_video;

private slots:
    void initTestCase() {
        dyve::test::useScratchSettings(m_settings, QStringLiteral("dyve-studio-camera-test"));
        m_video = writeSampleVideo(m_dir);
        QVERIFY2(!m_video.isEmpty(), "OpenCV cannot write an MJPG .avi here");
    }

    void sourceStringsAreClassified() {
        QCOMPARE(dyve::cameraKindOf("0"), CameraKind::DeviceIndex);
        QCOMPARE(dyve::cameraKindOf("12"), CameraKind::DeviceIndex);
        QCOMPARE(dyve::cameraKindOf("/dev/video0"), CameraKind::DevicePath);
        QCOMPARE(dyve::cameraKindOf("libcamerasrc ! videoconvert ! appsink"), CameraKind::Pipeline);
        QCOMPARE(dyve::cameraKindOf("clip.avi"), CameraKind::VideoFile);
        QCOMPARE(dyve::cameraKindOf("/home/me/0.mp4"), CameraKind::VideoFile);
    }

    void aVideoFileDeliversItsFramesAndLoops() {
        CameraSource camera(m_video.toStdString(), dyve::CameraOptions{false});
        QCOMPARE(camera.kind(), CameraKind::VideoFile);
        QCOMPARE(camera.width(), 112);
        QCOMPARE(camera.height(), 112);
        QCOMPARE(camera.frameRate(), 25.0);
        for (int i = 0; i < kFrames + 2; ++i) {
            const cv::Mat frame = camera.read();
            QCOMPARE(frame.cols, 112);
            QCOMPARE(frame.type(), CV_8UC3);
        }
        QCOMPARE(camera.framesRead(), qint64(kFrames + 2));
        QCOMPARE(camera.loops(), qint64(1)); // it started again after the sixth frame
    }

    void theLoopStartsAgainAtTheFirstFrame() {
        CameraSource camera(m_video.toStdString(), dyve::CameraOptions{false});
        const cv::Mat first = camera.read().clone();
        for (int i = 1; i < kFrames; ++i)
            camera.read();
        const cv::Mat again = camera.read();
        QCOMPARE(cv::norm(first, again, cv::NORM_INF), 0.0);
    }

    void aVideoFileRemovedWhilePlayingStopsWithOneLineNamingIt() {
        const QString copy = m_dir.filePath(QStringLiteral("removed.avi"));
        QVERIFY(QFile::copy(m_video, copy));
        CameraSource camera(copy.toStdString(), dyve::CameraOptions{false});
        for (int i = 0; i < kFrames; ++i) // to its last frame: the next read starts it again
            camera.read();
        QVERIFY(QFile::remove(copy));
        try {
            camera.read();
            QFAIL("a removed file played on");
        } catch (const dyve::DataError& e) {
            QCOMPARE(QString::fromStdString(e.what()),
                     copy + QStringLiteral(": the video file was removed while playing"));
        }
    }

    void aMissingDeviceIndexIsOneLineNamingIt() {
        QCOMPARE(errorOf("97"), QStringLiteral("camera 97: no such device"));
    }

    void aMissingDevicePathIsOneLineNamingIt() {
        QCOMPARE(errorOf("/dev/video_nonexistent_97"),
                 QStringLiteral("/dev/video_nonexistent_97: no such device"));
    }

    void aMissingVideoFileIsOneLineNamingIt() {
        const QString missing = m_dir.filePath(QStringLiteral("nothing_here.avi"));
        const QString message = errorOf(missing.toStdString());
        QVERIFY(message.startsWith(missing + QStringLiteral(": ")));
        QVERIFY(!message.contains('\n'));
    }

    void anUndecodableFileIsOneLineNamingIt() {
        const QString clip = m_dir.filePath(QStringLiteral("clip.avi"));
        QFile f(clip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QString message = errorOf(clip.toStdString());
        QVERIFY2(message.startsWith(clip + QStringLiteral(": cannot decode")), qPrintable(message));
        QVERIFY(!message.contains('\n'));
    }

    // Camera mode showed a top-5 of two frames at once (unsorted rows summing to more than 100 %, the
    // previous frame's classes under the new top-1): the view painted its rows one by one as it took a new
    // result. Every paint must show one frame: its name and its own five rows.
    void theTopFiveIsNeverPaintedHalfWayBetweenTwoFrames() {
        InputView view;
        view.resize(420, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const InferenceResult a = frameResult(QStringLiteral("camera · frame 1"),
                                              {{3, 0.45f}, {1, 0.36f}, {7, 0.12f}, {2, 0.04f}, {0, 0.03f}});
        const InferenceResult b = frameResult(QStringLiteral("camera · frame 2"),
                                              {{5, 0.87f}, {4, 0.09f}, {6, 0.02f}, {8, 0.01f}, {9, 0.01f}});
        view.showResult(a);
        QTest::qWait(50);
        const QStringList shownA = view.shownText();
        PaintWatch watch(view);
        view.showResult(b);
        const QStringList shownB = view.shownText();
        QTest::qWait(50);
        QVERIFY(shownA != shownB);
        QVERIFY(!watch.painted.isEmpty());
        for (const QStringList& painted : watch.painted)
            QVERIFY2(painted == shownA || painted == shownB, qPrintable(painted.join(QStringLiteral(" | "))));
    }

    void cameraFramesRunOnTheEngine() {
        auto worker = readyWorker();
        QVERIFY(worker);
        CameraWorker camera(worker.get());
        QSignalSpy opened(&camera, &CameraWorker::opened);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        camera.start(m_video);
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(1).toInt(), 112);
        const auto result = ready.at(0).at(1).value<InferenceResult>();
        QCOMPARE(result.inputIndex, -1);
        QCOMPARE(result.label, -1);
        QVERIFY(result.inputName.contains(QStringLiteral("samples.avi")));
        QCOMPARE(result.image.size(), QSize(112, 112));
        QCOMPARE(result.top.size(), size_t(5));
        // The frame carries when the camera read it: before the engine ran it, not in the future.
        const qint64 now = dyve::ui::frameClockNs();
        QVERIFY(result.grabbedNs > 0);
        QVERIFY2(double(now - result.grabbedNs) / 1e6 >= result.run.ms,
                 qPrintable(QStringLiteral("camera → result %1 ms, engine %2 ms")
                                .arg(double(now - result.grabbedNs) / 1e6)
                                .arg(result.run.ms)));
    }

    void framesArrivingWhileTheEngineIsBusyAreDroppedNotQueued() {
        auto worker = readyWorker();
        QVERIFY(worker);
        CameraWorker camera(worker.get());
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        QSignalSpy superseded(worker.get(), &InferenceWorker::superseded);
        camera.start(m_video); // paced at 25 fps, like a camera
        {
            dyve::test::EngineHold hold(worker->engineThread());
            QTRY_VERIFY_WITH_TIMEOUT(camera.framesGrabbed() >= 6, kWaitMs);
        }
        QVERIFY(ready.wait(kWaitMs) || !ready.isEmpty());
        const qint64 grabbed = camera.framesGrabbed(), dropped = camera.framesDropped(),
                     run = camera.framesRun();
        camera.stop();
        // The engine was handed one frame at a time: no request ever waited behind another ...
        QCOMPARE(superseded.count(), 0);
        // ... and of the frames that came while it was held, all but the newest were dropped, not kept.
        QVERIFY2(dropped >= 3, qPrintable(QStringLiteral("%1 dropped of %2").arg(dropped).arg(grabbed)));
        QVERIFY(run < grabbed);
    }

    void anUnpacedVideoFileRunsEveryFrame() {
        auto worker = readyWorker();
        QVERIFY(worker);
        CameraWorker camera(worker.get());
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        camera.start(m_video, false);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 2 * kFrames, kWaitMs);
        QCOMPARE(camera.framesDropped(), 0);
        camera.stop();
    }

    void aMissingCameraIsReportedAndTheWindowKeepsWorking_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("index") << QStringLiteral("97") << QStringLiteral("camera 97: no such device");
        QTest::newRow("path") << QStringLiteral("/dev/video_nonexistent_97")
                              << QStringLiteral("/dev/video_nonexistent_97: no such device");
    }

    void aMissingCameraIsReportedAndTheWindowKeepsWorking() {
        QFETCH(QString, source);
        QFETCH(QString, message);
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.show();
        window.start();
        QVERIFY(shown.wait(kWaitMs) || !shown.isEmpty());

        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.openCamera(source);
        QVERIFY(errors.wait(kWaitMs));
        QVERIFY2(errors.at(0).at(0).toString().endsWith(message), qPrintable(errors.at(0).at(0).toString()));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY(!window.isCameraRunning());

        shown.clear();
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(window.lastResult()->inputIndex, 1);
        QCOMPARE(window.lastResult()->grabbedNs, qint64(0)); // a file has no grab time
    }

    // A camera unplugged mid-stream: a pipeline that ends, or a video file taken away while it plays.
    void aCameraThatStopsMidStreamIsReportedAndTheWindowKeepsWorking_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("pipeline ends")
            << QStringLiteral("videotestsrc num-buffers=12 ! video/x-raw,width=64,height=48 ! videoconvert ! "
                              "appsink")
            << QStringLiteral("stopped delivering frames (unplugged?)");
        QTest::newRow("file removed")
            << QString() << QStringLiteral("the video file was removed while playing");
    }

    void aCameraThatStopsMidStreamIsReportedAndTheWindowKeepsWorking() {
        QFETCH(QString, source);
        QFETCH(QString, message);
        const bool file = source.isEmpty();
        if (file) {
            source = m_dir.filePath(QStringLiteral("unplugged.avi"));
            QFile::remove(source);
            QVERIFY(QFile::copy(m_video, source));
        } else if (!errorOf(source.toStdString()).isEmpty()) {
            QSKIP("GStreamer's videotestsrc is not installed (gstreamer1.0-plugins-base)");
        }
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.show();
        window.start();
        QVERIFY(shown.wait(kWaitMs) || !shown.isEmpty());

        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.openCamera(source);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult() && window.lastResult()->inputIndex == -1, kWaitMs);
        if (file) QVERIFY(QFile::remove(source));
        QVERIFY(errors.wait(kWaitMs) || !errors.isEmpty());
        const QString error = errors.at(0).at(0).toString();
        QVERIFY2(error.endsWith(QStringLiteral(": ") + message), qPrintable(error));
        QVERIFY2(error.contains(file ? source : QStringLiteral("pipeline 'videotestsrc")), qPrintable(error));
        QVERIFY(!window.isCameraRunning());

        shown.clear();
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY(window.lastResult()->inputIndex >= 0);
    }

    void theWindowShowsCameraFrames() {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.show();
        window.start();
        QVERIFY(shown.wait(kWaitMs) || !shown.isEmpty());
        QSignalSpy opened(&window, &MainWindow::cameraOpened);
        window.openCamera(m_video);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult() && window.lastResult()->inputIndex == -1, kWaitMs);
        QCOMPARE(opened.count(), 1);
        QVERIFY(window.isCameraRunning());
        QVERIFY(window.lastResult()->inputName.contains(QStringLiteral("frame")));
        // Stepping through the inputs again stops the camera.
        window.stepForward();
        QVERIFY(!window.isCameraRunning());
    }
};

QTEST_MAIN(CameraTest)
#include "ui_camera_test.moc"
