#pragma once

#include "common/result_page.h"
#include "models/effort_overlay.h"
#include "models/inference_result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;

namespace dyve::ui {

class CrispImageView;
class EffortLegend;

// The input view (SPEC §6): the current image scaled up without blur (28×28 inputs must stay readable
// pixels), its name, the top-5 classes with probabilities, and the ground truth when known — green when
// the top-1 class matches it, red when not.
class InputView : public ResultPage {
    Q_OBJECT

public:
    explicit InputView(QWidget* parent = nullptr);

    void showResult(const InferenceResult& result) override;
    // An input that could not be run: its message in place of the prediction.
    void showFailure(const QString& message) override;
    void clear();

    // What the view shows of its result, for tests: the input's name, then one line per top class shown,
    // "class  percent" (the label's text and its bar's).
    QStringList shownText() const;

    // For tests and the status bar: "correct", "wrong" or "" when no ground truth is known.
    QString verdict() const { return m_verdict; }

    // The user's choice for the effort overlay (the check box; for the window to save and restore). It is
    // drawn when chosen and the current result has one: overlayVisible().
    bool overlayShown() const { return m_overlayShown; }
    void setOverlayShown(bool shown);
    bool overlayVisible() const;
    // Of the current result; null for a dense run or none.
    const EffortOverlay& overlay() const { return m_overlay; }

signals:
    void overlayShownChanged(bool shown);

private:
    void display(const InferenceResult& result);
    void updateOverlay();

    static constexpr int kTop = 5;

    CrispImageView* m_image;
    QLabel* m_name;
    QLabel* m_truth;
    QLabel* m_classes[kTop];
    QProgressBar* m_bars[kTop];
    QLabel* m_error;
    QCheckBox* m_overlayToggle;
    EffortLegend* m_legend;
    QString m_verdict;
    EffortOverlay m_overlay;
    bool m_overlayShown = true;
};

} // namespace dyve::ui
