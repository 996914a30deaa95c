#include "common/layer_selection.h"

#include "jobs/inference_worker.h"

#include "runtime/run_result.h"

namespace dyve::ui {

LayerSelection::LayerSelection(QObject* parent) : QObject(parent) {}

void LayerSelection::follow(InferenceWorker* worker) {
    connect(worker, &InferenceWorker::resultReady, this,
            [this](quint64, const InferenceResult& result) { fitTo(result.run); });
    connect(worker, &InferenceWorker::modelReplaced, this, [this] { select(-1); });
}

void LayerSelection::select(int layer) {
    if (layer == m_layer) return;
    m_layer = layer;
    emit changed(layer);
}

void LayerSelection::fitTo(const dyve::RunResult& run) {
    if (m_layer >= 0 && size_t(m_layer) < run.layers.size()) return;
    int first = 0;
    for (size_t i = 0; i < run.layers.size(); ++i)
        if (run.layers[i].op == "Conv") {
            first = int(i);
            break;
        }
    select(first);
}

} // namespace dyve::ui
