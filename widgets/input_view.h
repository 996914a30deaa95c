#pragma once

#include "inference_result.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace dyve::ui {

class CrispImageView;

// The input view (SPEC §6): the current image scaled up without blur (28×28 inputs must stay readable
// pixels), its name, the top-5 classes with probabilities, and the ground truth when known — green when
// the top-1 class matches it, red when not.
class InputView : public QWidget {
    Q_OBJECT

public:
    explicit InputView(QWidget* parent = nullptr);

    void setResult(const InferenceResult& result);
    // An input that could not be run: its message in place of the prediction.
    void showError(const QString& message);
    void clear();

    // For tests and the status bar: "correct", "wrong" or "" when no ground truth is known.
    QString verdict() const { return m_verdict; }

private:
    static constexpr int kTop = 5;

    CrispImageView* m_image;
    QLabel* m_name;
    QLabel* m_truth;
    QLabel* m_classes[kTop];
    QProgressBar* m_bars[kTop];
    QLabel* m_error;
    QString m_verdict;
};

} // namespace dyve::ui
