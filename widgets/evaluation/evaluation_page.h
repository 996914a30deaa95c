#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace dyve {
struct EvalProgress;
struct EvalReport;
} // namespace dyve

namespace dyve::ui {

struct DenseBeside;
class EvaluationJob;
class RunningAccuracyPlot;

// The evaluation page (a dock of the studio): what is being evaluated, where it stands, its figures
// (top-1, top-5, images per second, engine time per image — those of `dyve eval`) and the running
// top-1/top-5 plot, updated as each batch finishes.
class EvaluationPage : public QWidget {
    Q_OBJECT

public:
    explicit EvaluationPage(QWidget* parent = nullptr);

    // Shows `job` from now on (its progress, then its report).
    void track(EvaluationJob* job);
    void clear();

    QString stateText() const;
    QString top1Text() const;
    QString top5Text() const;
    QString speedText() const;
    // The dense evaluation beside an effort one: "dense 71.70 % · top-1 differs on 3 images: …".
    QString denseText() const;
    RunningAccuracyPlot* plot() const { return m_plot; }

private:
    void onBatch(const dyve::EvalProgress& progress);
    void onReport(const dyve::EvalReport& report);
    void onDenseBeside(const dyve::ui::DenseBeside& dense);
    void onEnded();

    QPointer<EvaluationJob> m_job;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_images;
    QLabel* m_top1;
    QLabel* m_top5;
    QLabel* m_speed;
    QLabel* m_msPerImage;
    QLabel* m_dense;
    RunningAccuracyPlot* m_plot;
};

} // namespace dyve::ui
