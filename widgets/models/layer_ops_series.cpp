#include "models/layer_ops_series.h"

#include <algorithm>
#include <cstdlib>

namespace dyve::ui {

bool LayerOpsSeries::multipliesAccumulates(const std::string& op) {
    return op == "Conv" || op == "Gemm" || op == "MatMul";
}

void LayerOpsSeries::setResult(const dyve::RunResult& run) {
    m_names.clear();
    m_shortNames.clear();
    m_dense.clear();
    m_executed.clear();
    m_layerIndex.clear();
    for (size_t i = 0; i < run.layers.size(); ++i) {
        const dyve::LayerStats& l = run.layers[i];
        if (!multipliesAccumulates(l.op)) continue;
        m_names << QString::fromStdString(l.name);
        m_shortNames << shortName(m_names.back(), QString::fromStdString(l.op));
        m_dense.push_back(double(l.denseOps));
        m_executed.push_back(double(l.executedOps));
        m_layerIndex.push_back(int(i));
    }
}

int LayerOpsSeries::barOfLayer(int layer) const {
    const auto it = std::find(m_layerIndex.begin(), m_layerIndex.end(), layer);
    return it == m_layerIndex.end() ? -1 : int(it - m_layerIndex.begin());
}

std::vector<int> LayerOpsSeries::labelledBars(double extent, double available, int selectedBar) const {
    const int bars = size();
    const int fit = std::max(1, int(available / std::max(extent, 1.0)));
    const int step = std::max(1, (bars + fit - 1) / fit);
    std::vector<int> labelled;
    for (int i = 0; i < bars; ++i) {
        // The selected bar is labelled and its neighbours within a step make room for it.
        const bool nearSelected = selectedBar >= 0 && i != selectedBar && std::abs(i - selectedBar) < step;
        if (i == selectedBar || (i % step == 0 && !nearSelected)) labelled.push_back(i);
    }
    return labelled;
}

QString LayerOpsSeries::shortName(const QString& name, const QString& op) {
    QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() > 1 && parts.back() == op) parts.removeLast();
    QStringList kept;
    for (int i = 0; i < parts.size(); ++i)
        if (i + 1 == parts.size() || !parts[i + 1].startsWith(parts[i])) kept << parts[i];
    return kept.join(QLatin1Char('/'));
}

double LayerOpsSeries::maxOps() const {
    double m = 0.0;
    for (size_t i = 0; i < m_dense.size(); ++i)
        m = std::max({m, m_dense[i], m_executed[i]});
    return m;
}

} // namespace dyve::ui
