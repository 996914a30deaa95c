#pragma once

#include "demo_readout.h"
#include "inference_result.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace dyve::ui {

class DemoFrame;

// The camera demo (SPEC §6 `dyve-studio --demo`, made for the Raspberry Pi touch screen): the frame as
// large as the screen allows, the top prediction in big type with its probability, fps and ms per frame,
// and one big effort slider. Esc (or the ✕ button, for a screen without a keyboard) asks to leave.
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

    // The global effort, 0–100 % (SPEC §4.7): 100 is the dense network.
    int effort() const;
    void setEffort(int percent);

    const DemoReadout& readout() const { return m_readout; }
    QString predictionText() const;
    QString probabilityText() const;
    QString message() const;

signals:
    void effortChanged(int percent);
    void exitRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // Type scales with the screen: the same demo reads well on a 7" Pi display and on a projector.
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateEffortLabel();

    DemoReadout m_readout;
    QElapsedTimer m_clock;
    DemoFrame* m_frame;
    QLabel* m_source;
    QLabel* m_prediction;
    QLabel* m_probability;
    QLabel* m_truth;
    QLabel* m_fps;
    QLabel* m_ms;
    QLabel* m_message;
    QLabel* m_effortLabel;
    QSlider* m_effort;
    QToolButton* m_exit;
};

} // namespace dyve::ui
