#pragma once

#include "models/demo_readout.h"
#include "models/effort_overlay.h"
#include "models/inference_result.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace dyve::ui {

class DemoFrame;
class EffortLegend;

// The camera demo (SPEC §6 `dyve-studio --demo`, made for the Raspberry Pi touch screen): the frame as
// large as the screen allows with the effort overlay over it (EffortOverlay, a touch button turns it off),
// the top prediction in big type with its probability, fps and ms per frame, and one big effort slider.
// Esc (or the ✕ button, for a screen without a keyboard) asks to leave.
class DemoView : public QWidget {
    Q_OBJECT

public:
    explicit DemoView(QWidget* parent = nullptr);

    // A new result: its frame, its prediction, and a tick of the fps and ms averages.
    void setResult(const InferenceResult& result);
    // What is being shown: "camera 0", "sample images", …
    void setSource(const QString& source);
    // A problem worth a line on screen (a camera that failed, a model that did not load); empty hides it.
    void showMessage(const QString& message);

    // The global effort level e ∈ [0, 1] as 0–100, as `dyve --effort` takes it (SPEC §4.7): 0 is the dense
    // network (exact), 100 the most aggressive level tuned for the model. It starts at 100: a demo is there
    // to show the work saved, and the tuned levels keep within the model's accuracy budget.
    int effort() const;
    void setEffort(int percent);

    // The effort overlay over the frame: the user's choice (on at first), and whether one is drawn (chosen,
    // and the current result is an effort run).
    bool overlayShown() const;
    void setOverlayShown(bool shown);
    bool overlayVisible() const;
    const EffortOverlay& overlay() const { return m_overlay; }
    QString effortText() const;
    const DemoReadout& readout() const { return m_readout; }
    QString predictionText() const;
    QString probabilityText() const;
    QString latencyText() const; // "" until a camera frame arrives
    QString message() const;

signals:
    // The level × 100.
    void effortChanged(int percent);
    void overlayShownChanged(bool shown);
    void exitRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // Type scales with the screen: the same demo reads well on a 7" Pi display and on a projector.
    void resizeEvent(QResizeEvent* event) override;

private:
    int readoutWidth() const;
    // The prediction at h/9 pixels, smaller when a word of it would not fit in the readout's column.
    void fitPrediction();
    void updateEffortLabel();
    void updateOverlay();

    DemoReadout m_readout;
    QElapsedTimer m_clock;
    DemoFrame* m_frame;
    QLabel* m_source;
    QLabel* m_prediction;
    QLabel* m_probability;
    QLabel* m_truth;
    QLabel* m_fps;
    QLabel* m_ms;
    QLabel* m_latency; // camera frames only
    QLabel* m_message;
    QLabel* m_effortLabel;
    QSlider* m_effort;
    QToolButton* m_overlayToggle;
    EffortLegend* m_legend;
    QToolButton* m_exit;
    EffortOverlay m_overlay;
};

} // namespace dyve::ui
