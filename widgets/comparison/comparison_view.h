#pragma once

#include "models/dense_effort_comparison.h"

#include <QWidget>

class QLabel;

namespace dyve::ui {

// Dense vs effort for the input on screen (SPEC §6 "dense ↔ effort comparison"), side by side: the top-5
// of each, latency and speed-up, executed operations and reduction, and whether the top-1 agrees. Fed results
// whose job asked for the dense run too (RunMode::compareWithDense); any other result shows how to ask for
// it.
class ComparisonView : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    // `effortTitle` heads the effort column ("Effort · level 0.50").
    void setResult(const InferenceResult& result, const QString& effortTitle = {});
    void clear();

    const std::optional<DenseEffortComparison>& comparison() const { return m_comparison; }
    // What the view says, for tests: a column's top-k lines, latency, operations, and the verdict line.
    QString denseText() const;
    QString effortText() const;
    QString verdict() const;

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
