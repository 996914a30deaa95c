#pragma once

#include "runtime/run_result.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace dyve::ui {

// The per-layer bars' data (SPEC §6 "per-layer bars of dense vs executed operations"): the layers of a
// run that multiply-accumulate (Conv, Gemm, MatMul: the operations SPEC §4.6 counts, and the layers the
// effort path works on), in graph order. ReLU, pooling and concatenation count a few comparisons or copies:
// their bars are too small to see and would take half the axis and its labels.
class LayerOpsSeries {
public:
    void setResult(const dyve::RunResult& run);
    static bool multipliesAccumulates(const std::string& op);

    int size() const { return int(m_dense.size()); }
    const QStringList& names() const { return m_names; }
    const std::vector<double>& dense() const { return m_dense; }
    const std::vector<double>& executed() const { return m_executed; }
    // The run's layer index of bar i (to highlight the selected layer).
    int layerIndex(int bar) const { return m_layerIndex.at(size_t(bar)); }
    int barOfLayer(int layer) const; // -1 when the layer has no bar
    double maxOps() const;
    // The bars that get a tick label on an axis `available` pixels long when one label needs `extent`
    // pixels along it: every step-th bar from the first, as many as fit, and the selected bar (-1: none).
    // SqueezeNet has 60-odd bars; all its labels would overwrite each other.
    std::vector<int> labelledBars(double extent, double available, int selectedBar) const;
    // A layer's name as a bar's label: a path component that the next one begins with says nothing the
    // next does not, nor does a last component that is the operator itself (PyTorch's
    // "/features/features.10/conv/conv.0/conv.0.0/Conv" is "features.10/conv.0.0"); other names stay as
    // they are.
    static QString shortName(const QString& name, const QString& op);
    // The bars' labels: shortName() of each.
    const QStringList& shortNames() const { return m_shortNames; }

private:
    QStringList m_names, m_shortNames;
    std::vector<double> m_dense, m_executed;
    std::vector<int> m_layerIndex;
};

} // namespace dyve::ui
