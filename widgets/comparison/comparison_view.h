#pragma once

#include "common/result_page.h"
#include "models/dense_effort_comparison.h"

class QLabel;

namespace dyve::ui {

// Dense vs effort for the input on screen (SPEC §6 "dense ↔ effort comparison"), side by side: the top-5
// of each, latency and speed-up, executed operations and reduction, and whether the top-1 agrees. Fed results
// whose job asked for the dense run too (RunMode::compareWithDense); any other result shows how to ask for
// it.
class ComparisonView : public ResultPage {
    Q_OBJECT

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    // The effort column is headed by the level the result ran at ("Effort · level 0.50").
    void showResult(const InferenceResult& result) override;
    void clearResults() override { clear(); }
    void clear();

    const std::optional<DenseEffortComparison>& comparison() const { return m_comparison; }
    // What the view says, for tests: a column's top-k lines, latency, operations, and the verdict line.
    QString denseText() const;
    QString effortText() const;
    QString verdict() const;
    QString effortTitle() const;

private:
    static constexpr int kTop = 5;
    enum Side { Dense, Effort };

    QLabel* m_hint;
    QWidget* m_table;
    QLabel* m_title[2];
    QLabel* m_top[2][kTop];
    QLabel* m_ms[2];
    QLabel* m_speedup[2];
    QLabel* m_ops[2];
    QLabel* m_reduction[2];
    QLabel* m_verdict;
    std::optional<DenseEffortComparison> m_comparison;
};

} // namespace dyve::ui
